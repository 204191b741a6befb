using HelpGen.Markdown;

namespace HelpGen.Preview;

/// <summary>
/// What the preview keeps of a parsed article: its outline (headings, ids, text by heading, for links, related
/// articles and search) and its links as written (to check every page's links), not the Markdig document.
/// </summary>
internal sealed record ArticleParse(ArticleOutline Outline, IReadOnlyList<WrittenLink> Links);
