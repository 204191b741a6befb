using System.Collections.Concurrent;

namespace HelpGen.Diagnostics;

/// <summary>
/// Collects diagnostics from every stage of a run. Thread-safe, because pages render in parallel;
/// <see cref="Sorted"/> gives a deterministic order for printing. A bag belongs to a stage (<see cref="For"/> gives
/// a stage's view of the same collection): every diagnostic added without a stage gets the bag's.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items;

    public DiagnosticBag(DiagnosticStage stage = DiagnosticStage.None)
        : this(new ConcurrentQueue<Diagnostic>(), stage)
    {
    }

    private DiagnosticBag(ConcurrentQueue<Diagnostic> items, DiagnosticStage stage)
    {
        _items = items;
        Stage = stage;
    }

    /// <summary>The stage given to diagnostics added without one.</summary>
    public DiagnosticStage Stage { get; }

    /// <summary>The same collection, as seen by <paramref name="stage"/>: what it adds is marked with that stage.</summary>
    public DiagnosticBag For(DiagnosticStage stage) => stage == Stage ? this : new DiagnosticBag(_items, stage);

    public void Add(Diagnostic diagnostic) =>
        _items.Enqueue(diagnostic.Stage == DiagnosticStage.None && Stage != DiagnosticStage.None ? diagnostic with { Stage = Stage } : diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    public void Error(string code, string message, string? file = null, int line = 1, int column = 1) =>
        Add(new Diagnostic(Severity.Error, code, message, file, line, column));

    public void Warning(string code, string message, string? file = null, int line = 1, int column = 1) =>
        Add(new Diagnostic(Severity.Warning, code, message, file, line, column));

    public bool HasErrors => _items.Any(d => d.IsError);

    public int Count => _items.Count;

    /// <summary>All diagnostics, de-duplicated and ordered by file, line, column, code.</summary>
    public IReadOnlyList<Diagnostic> Sorted =>
        _items.Distinct()
            .OrderBy(d => d.File ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
