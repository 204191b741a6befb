using HelpGen.Html;
using HelpGen.Output;

namespace HelpGen.Checks.Resolution;

/// <summary>
/// Finds which of a page's URLs came from its Markdown body: the body's links (<see cref="PageOrigin.Links"/>, in
/// order) are matched by value (percent-decoded), in order, against the page's URLs. Template links around the body match nothing and
/// keep no origin; a body link not found in the page is skipped. Greedy earliest matching never places an origin
/// after its true position, so a body link whose href the template does not repeat earlier gets its own line.
/// </summary>
internal static class SourceMapper
{
    public static LinkSource?[] Map(IReadOnlyList<HtmlLink> links, PageOrigin? origin)
    {
        var mapped = new LinkSource?[links.Count];
        if (origin is null)
        {
            return mapped;
        }

        var hrefs = links.Select(l => Normalize(l.Href)).ToArray();
        var position = 0;
        foreach (var link in origin.Links)
        {
            var found = Array.IndexOf(hrefs, Normalize(link.Href), position);
            if (found >= 0)
            {
                mapped[found] = new LinkSource(origin.SourceFile, link.Line, link.Column);
                position = found + 1;
            }
        }

        return mapped;
    }

    /// <summary>The renderer percent-encodes non-ASCII URLs (<c>#шаг-2</c> becomes <c>#%D1%88...</c>); compare decoded forms.</summary>
    private static string Normalize(string href) => Uri.UnescapeDataString(href.Trim());
}
