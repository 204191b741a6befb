using HelpGen.Checks.Reporting;
using HelpGen.Diagnostics;

namespace HelpGen.Checks;

/// <summary>
/// The result of <c>helpgen check</c>: how much was checked and every problem found, in a deterministic order.
/// Build diagnostics join the same report through <see cref="WithBuildDiagnostics"/>.
/// </summary>
public sealed record CheckReport(int PagesChecked, int LinksChecked, IReadOnlyList<CheckProblem> Problems)
{
    public bool HasErrors => Problems.Any(p => p.IsError);

    public int ErrorCount => Problems.Count(p => p.IsError);

    public int WarningCount => Problems.Count(p => !p.IsError);

    /// <summary>
    /// Adds the build's diagnostics (unresolved <c>xref:</c>, <c>.md</c> links, missing anchors and images,
    /// content errors) to this report. A diagnostic at the same source file and line as a problem the HTML
    /// check found replaces that problem's code, kind and message and keeps its page and target, so one
    /// mistake is reported once. Others are added with no page.
    /// </summary>
    public CheckReport WithBuildDiagnostics(IReadOnlyList<Diagnostic> diagnostics) =>
        BuildDiagnosticMerger.Merge(this, diagnostics);
}
