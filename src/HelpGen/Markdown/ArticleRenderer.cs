using System.Text;
using HelpGen.Content;
using HelpGen.Output;
using Markdig.Extensions.Alerts;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HelpGen.Markdown;

/// <summary>
/// Renders a parsed article to HTML for one locale, with links rewritten by the <see cref="LinkResolver"/>.
/// The parsed document is only read: the page's link targets go to the renderer's <c>LinkRewriter</c> as a
/// per-page map, so any page of any article can render on any thread.
/// </summary>
public static class ArticleRenderer
{
    /// <param name="strings">The theme's UI strings in the page language; alert titles use <c>alert.note</c>, <c>alert.warning</c>, ...</param>
    /// <param name="sibling">
    /// The body of another page of the same parse with the same strings (the same file shown by another locale): when
    /// this page's links resolve to the same targets, its HTML is the sibling's, which is taken instead of rendered again.
    /// </param>
    public static RenderedArticle Render(ParsedArticle parsed, LocalizedArticle article, LinkResolver resolver, IReadOnlyDictionary<string, string>? strings = null, RenderedArticle? sibling = null)
    {
        var rewrites = ResolveLinks(WrittenLink.Of(parsed), article, resolver, out var links);
        var merged = RawHtmlLinks.Merge(parsed, links);
        if (sibling is not null && sibling.Parsed == parsed.Outline && sibling.Links.SequenceEqual(merged))
        {
            return sibling with { Article = article };
        }

        var writer = new StringWriter(ThreadBuffers.Html());
        var renderer = new HtmlRenderer(writer);
        MarkdownParser.Pipeline.Setup(renderer);
        if (rewrites.Count > 0) renderer.LinkRewriter = url => rewrites.GetValueOrDefault(url, url);
        if (strings is not null) LocalizeAlerts(renderer, strings);
        ScrollTables(renderer, strings?.GetValueOrDefault("article.table") ?? "Table");
        renderer.Render(parsed.Document);
        return new RenderedArticle(article, parsed.Outline, Utf8Of(writer.GetStringBuilder()), merged);
    }

    /// <summary>
    /// Resolves the links of one page (reporting what cannot be resolved): the URLs to write instead of the written
    /// ones, and every link as it ends up in the page with its Markdown origin.
    /// </summary>
    public static Dictionary<string, string> ResolveLinks(IReadOnlyList<WrittenLink> written, LocalizedArticle article, LinkResolver resolver, out List<LinkOrigin> links)
    {
        links = new List<LinkOrigin>(written.Count);
        var rewrites = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var link in written)
        {
            var resolved = resolver.Resolve(article, link.Url, link.Line, link.Column, link.IsImage);
            if (resolved is not null) rewrites[link.Url] = resolved;
            links.Add(new LinkOrigin(resolved ?? link.Url, link.Line, link.Column));
        }

        return rewrites;
    }

    /// <summary>The text of a builder as UTF-8, chunk by chunk (no string in between).</summary>
    private static byte[] Utf8Of(StringBuilder text)
    {
        var encoder = Encoding.UTF8.GetEncoder();
        var length = 0;
        foreach (var chunk in text.GetChunks()) length += encoder.GetByteCount(chunk.Span, flush: false);
        length += encoder.GetByteCount(ReadOnlySpan<char>.Empty, flush: true);
        encoder.Reset();
        var bytes = new byte[length];
        var written = 0;
        foreach (var chunk in text.GetChunks()) written += encoder.GetBytes(chunk.Span, bytes.AsSpan(written), flush: false);
        encoder.GetBytes(ReadOnlySpan<char>.Empty, bytes.AsSpan(written), flush: true);
        return bytes;
    }

    private static void ScrollTables(HtmlRenderer renderer, string label)
    {
        var tables = renderer.ObjectRenderers.FindExact<Markdig.Extensions.Tables.HtmlTableRenderer>();
        if (tables is null) return;
        renderer.ObjectRenderers.Replace<Markdig.Extensions.Tables.HtmlTableRenderer>(new ScrollableTableRenderer(tables, label));
    }

    /// <summary>Alert titles ("Note", "Warning") in the page's language instead of Markdig's English.</summary>
    private static void LocalizeAlerts(HtmlRenderer renderer, IReadOnlyDictionary<string, string> strings)
    {
        var alerts = renderer.ObjectRenderers.FindExact<AlertBlockRenderer>();
        if (alerts is null) return;
        alerts.RenderKind = (html, kind) =>
        {
            var name = kind.ToString();
            var title = strings.GetValueOrDefault("alert." + name.ToLowerInvariant(), name);
            html.Write("<p class=\"markdown-alert-title\">").WriteEscape(title).Write("</p>\n");
        };
    }
}
