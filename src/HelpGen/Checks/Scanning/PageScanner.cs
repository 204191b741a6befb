using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using HelpGen.Html;

namespace HelpGen.Checks.Scanning;

/// <summary>
/// Reads a page once, collecting every URL it links or loads (the rule of <see cref="HtmlLinkReader"/>, also inside
/// &lt;template&gt;) and the names #fragments can target (<see cref="PageWalk"/>). A well-formed UTF-8 page is read by
/// <see cref="WellFormedPageReader"/>; any other page, or one that reader gives up on, is parsed with AngleSharp
/// (keeping source positions), whose tree is the reference both follow. Not thread-safe: one per worker.
/// </summary>
internal sealed class PageScanner
{
    /// <summary>
    /// The attributes the walk (<c>id</c>, <c>name</c>) and <see cref="HtmlLinkReader"/> read; the parser drops every
    /// other attribute, and all text and comments, which makes a page's tree about half as costly to build.
    /// </summary>
    internal static readonly HashSet<string> ReadAttributes = new(HtmlLinkReader.Attributes.Append("id").Append("name"), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReadAttributeNames = ReadAttributes.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly WellFormedPageReader _reader = new();

    private readonly HtmlParser _parser = new(new HtmlParserOptions
    {
        IsKeepingSourceReferences = true,
        SkipDataText = true,
        SkipComments = true,
        SkipRCDataText = true,
        SkipRawText = true,
        SkipScriptText = true,
        SkipPlaintext = true,
        SkipCDATA = true,
        ShouldEmitAttribute = static (ref _, name) => ReadAttributeNames.Contains(name.Span),
    });

    /// <summary>How many pages <see cref="Scan"/> gave the fast reader, and how many went to AngleSharp.</summary>
    public int FastPages { get; private set; }

    /// <inheritdoc cref="FastPages"/>
    public int ParsedPages { get; private set; }

    public PageContent Scan(byte[] html)
    {
        if (PageEncoding.IsUtf8(html))
        {
            var text = PageEncoding.DecodeUtf8(html);
            var fast = new PageWalk();
            if (_reader.TryRead(text, fast))
            {
                FastPages++;
                return fast.ToContent();
            }

            ParsedPages++;
            using var document = _parser.ParseDocument(text);
            return Walk(document);
        }

        ParsedPages++;
        using var bytes = _parser.ParseDocument(new MemoryStream(html, writable: false));
        return Walk(bytes);
    }

    /// <summary>Reads <paramref name="text"/> with AngleSharp only: the reference the fast reader is compared with.</summary>
    internal PageContent ScanWithAngleSharp(string text)
    {
        using var document = _parser.ParseDocument(text);
        return Walk(document);
    }

    private static PageContent Walk(IDocument document)
    {
        var walk = new PageWalk();
        foreach (var element in document.All)
        {
            Visit(walk, element);
        }

        return walk.ToContent();
    }

    private static void Visit(PageWalk walk, IElement element)
    {
        walk.Visit(new ElementTag(element));
        if (element is IHtmlTemplateElement template)
        {
            foreach (var inner in template.Content.QuerySelectorAll("*"))
            {
                Visit(walk, inner);
            }
        }
    }
}
