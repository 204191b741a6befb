namespace HelpGen.Checks.Html;

/// <summary>What one parse of a page yields: its anchor ids, ids used more than once, its URLs in document order, and its &lt;base href&gt;.</summary>
internal sealed record PageContent(
    IReadOnlySet<string> Ids,
    IReadOnlyList<string> DuplicateIds,
    IReadOnlyList<PageLink> Links,
    string? BaseHref);
