using HelpGen.Content;
using HelpGen.Output;

namespace HelpGen.Markdown;

/// <summary>An article's body as HTML for one locale, with the links it produced and where they came from.</summary>
public sealed record RenderedArticle(LocalizedArticle Article, ArticleOutline Parsed, string Html, IReadOnlyList<LinkOrigin> Links);
