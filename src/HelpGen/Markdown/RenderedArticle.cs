using System.Text;
using HelpGen.Content;
using HelpGen.Output;

namespace HelpGen.Markdown;

/// <summary>
/// An article's body as HTML for one locale, with the links it produced and where they came from. The HTML is kept as
/// UTF-8 (<see cref="Utf8"/>): bodies wait for their pages, and pages are written as UTF-8.
/// </summary>
public sealed record RenderedArticle(LocalizedArticle Article, ArticleOutline Parsed, byte[] Utf8, IReadOnlyList<LinkOrigin> Links)
{
    public RenderedArticle(LocalizedArticle article, ArticleOutline parsed, string html, IReadOnlyList<LinkOrigin> links)
        : this(article, parsed, Encoding.UTF8.GetBytes(html), links)
    {
    }

    /// <summary>The HTML as text (decoded on each call).</summary>
    public string Html => Encoding.UTF8.GetString(Utf8);
}
