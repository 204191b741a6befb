using HelpGen.Markdown;

namespace HelpGen.Preview;

/// <summary>
/// What the preview keeps of a parsed article between rebuilds: its headings and every id a link may target, and
/// its links as written (to check every page's links). Neither the Markdig document nor the text by heading: those
/// are as large as the site's text, so pages and the whole-site stage parse again what they need.
/// </summary>
internal sealed record ArticleParse(IReadOnlyList<Heading> Headings, IReadOnlySet<string> Ids, IReadOnlyList<WrittenLink> Links)
{
    public static ArticleParse Of(ParsedArticle parsed) => new(parsed.Headings, parsed.Ids, WrittenLink.Of(parsed));
}
