using HelpGen.Diagnostics;

namespace HelpGen.Checks.Reporting;

/// <summary>Wording the report formats share.</summary>
internal static class ProblemText
{
    /// <summary>" (page P)" after a message, unless there is no page or the file is that page's own HTML file.</summary>
    public static string PageSuffix(Diagnostic problem) =>
        problem.Page is null || (problem.File is not null && IsPageFile(problem.File, problem.Page))
            ? string.Empty
            : $" (page {problem.Page})";

    private static bool IsPageFile(string source, string page) =>
        source == page || (source.EndsWith(page, StringComparison.Ordinal) && source[^(page.Length + 1)] == '/');
}
