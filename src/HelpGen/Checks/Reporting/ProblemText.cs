namespace HelpGen.Checks.Reporting;

/// <summary>Wording the report formats share.</summary>
internal static class ProblemText
{
    /// <summary>" (page P)" after a message, unless there is no page or the source is that page's own HTML file.</summary>
    public static string PageSuffix(CheckProblem problem) =>
        problem.Page is null || (problem.Source is not null && IsPageFile(problem.Source, problem.Page))
            ? string.Empty
            : $" (page {problem.Page})";

    private static bool IsPageFile(string source, string page) =>
        source == page || (source.EndsWith(page, StringComparison.Ordinal) && source[^(page.Length + 1)] == '/');
}
