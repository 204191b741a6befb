namespace HelpGen.Checks.Resolution;

/// <summary>What checking one page found: problems settled at once, anchors and external URLs to check later, ids for others.</summary>
internal sealed record PageFindings(
    string PagePath,
    IReadOnlySet<string> Ids,
    IReadOnlyList<PositionedProblem> Problems,
    IReadOnlyList<PendingAnchor> Anchors,
    IReadOnlyList<ExternalUse> Externals,
    int LinksChecked);
