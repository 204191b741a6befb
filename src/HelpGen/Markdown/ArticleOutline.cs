using HelpGen.Content;

namespace HelpGen.Markdown;

/// <summary>
/// What later stages need of a parsed article once its pages are rendered: its headings, every id a link may
/// target and its text by heading (for search). Small next to the Markdig document, so a build keeps only these.
/// </summary>
public sealed record ArticleOutline(
    SourceArticle Source,
    IReadOnlyList<Heading> Headings,
    IReadOnlySet<string> Ids,
    IReadOnlyList<TextSection> Text);
