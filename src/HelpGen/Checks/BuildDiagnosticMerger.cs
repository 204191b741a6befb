using HelpGen.Diagnostics;

namespace HelpGen.Checks;

/// <summary>
/// Brings the build's diagnostics into a check report. The build knows why a link failed (an unknown xref key, an
/// article not translated); the HTML check knows the page and the link. A diagnostic whose file and line match
/// problems found in the HTML takes their place with its own code and message and their page and target; any
/// other diagnostic is added with no page.
/// </summary>
internal static class BuildDiagnosticMerger
{
    public static CheckReport Merge(CheckReport report, IReadOnlyList<Diagnostic> diagnostics)
    {
        var problems = report.Problems.ToList();
        foreach (var diagnostic in diagnostics.Distinct())
        {
            var matches = report.Problems.Where(p => p.Source is not null && p.Source == diagnostic.File && p.Line == diagnostic.Line
                && (p.Column is null || p.Column == diagnostic.Column)).ToList();
            var first = matches.Count == 0 ? null : matches[0];
            problems.RemoveAll(matches.Contains);
            problems.Add(ToProblem(diagnostic, first));
        }

        return report with { Problems = ProblemOrdering.Sort(problems) };
    }

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
