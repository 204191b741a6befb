using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using HelpGen.Html;
using HelpGen.Output;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HelpGen.Markdown;

/// <summary>
/// The links of an article body that the renderer writes as they are, with their Markdown line: URLs in raw HTML
/// (blocks and inline tags, read by <see cref="HtmlLinkReader"/>'s rule, each at the line of its element inside a
/// multi-line block) and autolinks (<c>&lt;https://...&gt;</c>). They join the rewritten Markdown links in document
/// order, so the link checker maps every link of the body to the line an author fixes. A body without '&lt;' has
/// neither and costs one scan of its text.
/// </summary>
internal static class RawHtmlLinks
{
    [ThreadStatic]
    private static HtmlParser? _parser;

    /// <summary>
    /// <paramref name="markdownLinks"/> (one per <see cref="LinkInline"/> of the document, in document order) with the
    /// raw HTML and autolink URLs inserted where they occur; the same list when the body has none.
    /// </summary>
    public static IReadOnlyList<LinkOrigin> Merge(ParsedArticle parsed, IReadOnlyList<LinkOrigin> markdownLinks)
    {
        if (!parsed.HasRawHtml)
        {
            return markdownLinks;
        }

        var merged = new List<LinkOrigin>(markdownLinks.Count);
        var next = 0;
        var foundRaw = false;
        foreach (var node in MarkdownWalk.Descendants(parsed.Document))
        {
            switch (node)
            {
                case LinkInline when next < markdownLinks.Count:
                    merged.Add(markdownLinks[next++]);
                    break;
                case AutolinkInline autolink:
                    foundRaw = true;
                    merged.Add(new LinkOrigin(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, parsed.Source.BodyLine + autolink.Line, autolink.Column + 1));
                    break;
                case HtmlInline inline when HasAttributes(inline.Tag):
                    foundRaw = true;
                    AddElements(merged, inline.Tag, (_, column) => (parsed.Source.BodyLine + inline.Line, inline.Column + column));
                    break;
                case HtmlBlock block when block.Type is HtmlBlockType.InterruptingBlock or HtmlBlockType.NonInterruptingBlock or HtmlBlockType.ScriptPreOrStyle:
                    foundRaw = true;
                    AddBlock(merged, block, parsed.Source.BodyLine);
                    break;
            }
        }

        merged.AddRange(markdownLinks.Skip(next));
        return foundRaw ? merged : markdownLinks;
    }

    private static void AddBlock(List<LinkOrigin> links, HtmlBlock block, int bodyLine)
    {
        var lines = block.Lines;
        if (lines.Count == 0)
        {
            return;
        }

        AddElements(links, lines.ToString(), (line, column) =>
        {
            var source = lines.Lines[Math.Clamp(line - 1, 0, lines.Count - 1)];
            return (bodyLine + source.Line, source.Column + column);
        });
    }

    /// <summary>Parses <paramref name="html"/> and adds its URLs, placed by <paramref name="place"/> from the element's 1-based line and column in it.</summary>
    private static void AddElements(List<LinkOrigin> links, string html, Func<int, int, (int Line, int Column)> place)
    {
        _parser ??= new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = _parser.ParseDocument(html);
        var found = new List<HtmlLink>();
        foreach (var element in document.All)
        {
            HtmlLinkReader.Read(element, found);
            if (element is IHtmlTemplateElement template)
            {
                foreach (var inner in template.Content.QuerySelectorAll("*"))
                {
                    HtmlLinkReader.Read(inner, found);
                }
            }
        }

        foreach (var link in found)
        {
            var (line, column) = place(Math.Max(link.Line, 1), Math.Max(link.Column, 1));
            links.Add(new LinkOrigin(link.Href, line, column));
        }
    }

    /// <summary>Only an opening tag with an attribute can carry a URL (<c>&lt;br&gt;</c>, <c>&lt;/a&gt;</c> cannot).</summary>
    private static bool HasAttributes(string? tag) =>
        tag is { Length: > 3 } && tag[1] != '/' && tag[1] != '!' && tag.Contains('=', StringComparison.Ordinal);
}
