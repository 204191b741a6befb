using HelpGen.Diagnostics;

namespace HelpGen.Checks.Reporting;

/// <summary>
/// Brings the build's diagnostics into a check report. The build knows why a link failed (an unknown xref key, an
/// article not translated); the HTML check knows the page and the link. A diagnostic whose file and line match
/// problems found in the HTML takes their place with its own code and message and their page and target; any
/// other diagnostic is added with no page. A link shown by several locales is reported once, as the HTML check does.
/// </summary>
internal static class BuildDiagnosticMerger
{
    public static CheckReport Merge(CheckReport report, IReadOnlyList<Diagnostic> diagnostics)
    {
        var problems = report.Problems.ToList();
        foreach (var diagnostic in OnePerPlace(diagnostics))
        {
            var matches = IsLinkCode(diagnostic.Code) ? report.Problems.Where(p => IsAt(p, diagnostic)).ToList() : [];
            problems.RemoveAll(matches.Contains);
            problems.Add(ToProblem(diagnostic, matches.FirstOrDefault()));
        }

        return report with { Problems = ProblemOrdering.Sort(problems) };
    }

    /// <summary>The build reports a link once per locale that shows the article; the report keeps the first.</summary>
    private static IEnumerable<Diagnostic> OnePerPlace(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.DistinctBy(d => (d.File, d.File is null ? d.Message : null, d.Line, d.Column, d.Code));

    private static bool IsAt(CheckProblem problem, Diagnostic diagnostic) =>
        problem.Source is not null && problem.Source == diagnostic.File && problem.Line == diagnostic.Line
        && (problem.Column is null || problem.Column == diagnostic.Column);

    private static bool IsLinkCode(string code) => code.StartsWith("HG2", StringComparison.Ordinal);

    private static CheckProblem ToProblem(Diagnostic diagnostic, CheckProblem? found) =>
        new(
            diagnostic.Code,
            CheckKinds.ForCode(diagnostic.Code),
            diagnostic.Severity,
            found?.Page,
            found?.Target,
            diagnostic.File,
            diagnostic.File is null ? null : diagnostic.Line,
            diagnostic.Message,
            diagnostic.File is null ? null : diagnostic.Column);
}
