using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HelpGen.Markdown;

/// <summary>
/// A Markdown link or image of an article body as written, with its line (in the file) and 1-based column: what
/// <see cref="ArticleRenderer"/> resolves for each page. Kept apart from the Markdig tree so the preview can resolve
/// (and check) every page's links without keeping every parsed document.
/// </summary>
public sealed record WrittenLink(string Url, int Line, int Column, bool IsImage)
{
    /// <summary>The links of <paramref name="parsed"/> in document order.</summary>
    public static IReadOnlyList<WrittenLink> Of(ParsedArticle parsed)
    {
        var links = new List<WrittenLink>();
        foreach (var node in MarkdownWalk.Descendants(parsed.Document))
        {
            if (node is LinkInline link) links.Add(new WrittenLink(link.Url ?? string.Empty, parsed.Source.BodyLine + link.Line, link.Column + 1, link.IsImage));
        }

        return links;
    }
}
