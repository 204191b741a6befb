using HelpGen.Checks.Reporting;
using HelpGen.Diagnostics;

namespace HelpGen.Checks;

/// <summary>
/// The result of <c>helpgen check</c>: how much was checked and every problem found, as <see cref="Diagnostic"/>
/// values with their page and target, in a deterministic order (problems with a file first, by file and line).
/// Build diagnostics join the same report through <see cref="WithBuildDiagnostics"/>.
/// </summary>
public sealed record CheckReport(int PagesChecked, int LinksChecked, IReadOnlyList<Diagnostic> Problems)
{
    public bool HasErrors => Problems.Any(p => p.IsError);

    public int ErrorCount => Problems.Count(p => p.IsError);

    public int WarningCount => Problems.Count(p => !p.IsError);

    /// <summary>
    /// Adds the build's diagnostics (unresolved <c>xref:</c>, <c>.md</c> links, missing anchors and images,
    /// content errors) to this report. A link diagnostic at the same file, line and column as a problem the HTML
    /// check found takes its place, keeping that problem's page and target, so one mistake is reported once (and
    /// once for all locales that show the article). Others are added as they are.
    /// </summary>
    public CheckReport WithBuildDiagnostics(IReadOnlyList<Diagnostic> diagnostics) =>
        this with { Problems = ProblemOrdering.Combine(Problems, diagnostics) };
}
