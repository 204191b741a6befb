using HelpGen.Diagnostics;

namespace HelpGen.Cli.Commands;

/// <summary>Printing diagnostics and counts the same way in every command.</summary>
internal static class Report
{
    public static void Diagnostics(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics) writer.WriteLine(diagnostic.ToString());
    }

    public static string Count(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        return $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}";
    }

    public static string Suffix(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.Count == 0 ? string.Empty : $" ({Count(diagnostics)})";
}
