using HelpGen.Content;
using Markdig.Syntax;

namespace HelpGen.Markdown;

/// <summary>
/// A source article parsed once: the Markdig document (rendered later per locale), its headings,
/// every id a link may target, and its text split by heading for search.
/// </summary>
public sealed record ParsedArticle(
    SourceArticle Source,
    MarkdownDocument Document,
    IReadOnlyList<Heading> Headings,
    IReadOnlySet<string> Ids,
    IReadOnlyList<TextSection> Text)
{
    /// <summary>Whether the Markdown has a '&lt;' anywhere: without one it has no raw HTML to scan for links.</summary>
    public bool HasRawHtml { get; init; } = true;

    /// <summary>This article without its Markdig document.</summary>
    public ArticleOutline Outline => new(Source, Headings, Ids, Text);
}
