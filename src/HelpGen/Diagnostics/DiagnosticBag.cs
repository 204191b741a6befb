using System.Collections.Concurrent;

namespace HelpGen.Diagnostics;

/// <summary>
/// Collects diagnostics from every stage of a run. Thread-safe, because pages render in parallel;
/// <see cref="Sorted"/> gives a deterministic order for printing.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _items.Enqueue(diagnostic);
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
