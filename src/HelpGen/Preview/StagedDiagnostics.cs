using HelpGen.Diagnostics;

namespace HelpGen.Preview;

/// <summary>Replacing one stage's diagnostics in a list with that stage's new ones, by <see cref="Diagnostic.Stage"/>.</summary>
internal static class StagedDiagnostics
{
    /// <summary><paramref name="current"/> without the diagnostics of <paramref name="stage"/>, plus <paramref name="fresh"/>, in print order.</summary>
    public static IReadOnlyList<Diagnostic> Replace(IEnumerable<Diagnostic> current, DiagnosticStage stage, IEnumerable<Diagnostic> fresh) =>
        Sorted(current.Where(d => d.Stage != stage).Concat(fresh));

    /// <summary>The diagnostics of <paramref name="stage"/> in <paramref name="all"/>.</summary>
    public static IEnumerable<Diagnostic> Of(IEnumerable<Diagnostic> all, DiagnosticStage stage) => all.Where(d => d.Stage == stage);

    public static IReadOnlyList<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag();
        bag.AddRange(diagnostics);
        return bag.Sorted;
    }

    /// <summary>The errors as printed, for telling whether the error overlay changed.</summary>
    public static List<string> Errors(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();

    /// <summary>The errors without positions: a rebuild "adds errors" when it has one not in the accepted state.</summary>
    public static IReadOnlySet<(string Code, string? File, string Message)> ErrorKeys(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.IsError).Select(d => (d.Code, d.File, d.Message)).ToHashSet();
}
