using HelpGen.Content;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HelpGen.Markdown;

/// <summary>
/// Parses article bodies with one immutable Markdig pipeline: tables, GitHub-style heading ids
/// (Cyrillic and umlauts kept, <c>{#custom-id}</c>), alerts, task lists, footnotes.
/// </summary>
public static class MarkdownParser
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseTaskLists()
        .UseFootnotes()
        .UseAlertBlocks()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoLinks()
        .UseGenericAttributes()
        .Build();

    public static ParsedArticle Parse(SourceArticle source)
    {
        var markdown = source.Markdown;
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        var headings = new List<Heading>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in MarkdownWalk.Descendants(document))
        {
            var id = node.TryGetAttributes()?.Id;
            if (id is not null) ids.Add(id);
            if (node is HeadingBlock heading && id is not null)
            {
                headings.Add(new Heading(id, PlainText.Of(heading.Inline), heading.Level, source.BodyLine + heading.Line));
            }
            else if ((node is LinkInline { IsImage: false } link && IsExternal(link.Url)) || (node is AutolinkInline autolink && IsExternal(autolink.Url)))
            {
                node.GetAttributes().AddPropertyIfNotExist("rel", "noopener");
            }
        }

        return new ParsedArticle(source, document, headings, ids, PlainText.Sections(document)) { HasRawHtml = markdown.Contains('<', StringComparison.Ordinal) };
    }

    /// <summary>True for URLs with a scheme (https:, mailto:, ...) or protocol-relative ones.</summary>
    public static bool IsExternal(string? url) =>
        url is not null && (url.StartsWith("//", StringComparison.Ordinal) || HasScheme(url));

    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        return colon > 1 && url[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') && !url.StartsWith("xref:", StringComparison.Ordinal);
    }
}
