using HelpGen.Html;

namespace HelpGen.Checks.Scanning;

/// <summary>
/// What one parse of a page yields: the names #fragments can target (ids, <c>a name</c>), ids used more than once,
/// <c>a name</c>s that are another element's id, <c>map name</c>s for <c>usemap</c>, its URLs in document order, and
/// its &lt;base href&gt;.
/// </summary>
internal sealed record PageContent(
    IReadOnlySet<string> Ids,
    IReadOnlyList<PageContent.Mark> DuplicateIds,
    IReadOnlyList<PageContent.Mark> NameClashes,
    IReadOnlySet<string> MapNames,
    IReadOnlyList<HtmlLink> Links,
    string? BaseHref)
{
    /// <summary>An id or name and the 1-based line and column of the element that carries it (0 when unknown).</summary>
    internal sealed record Mark(string Value, int Line, int Column);
}
