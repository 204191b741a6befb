using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using HelpGen.Html;

namespace HelpGen.Checks.Scanning;

/// <summary>
/// Parses a page once with AngleSharp (keeping source positions) and walks its elements once, collecting every URL
/// the page links or loads (the rule of <see cref="HtmlLinkReader"/>, also inside &lt;template&gt;) and the names that
/// #fragments can target: <c>id</c> on any element and <c>name</c> on <c>a</c>, inside templates too (their content
/// is shown by scripts, and links to it are checked). Not thread-safe: one per worker.
/// </summary>
internal sealed class PageScanner
{
    /// <summary>
    /// The attributes the walk (<c>id</c>, <c>name</c>) and <see cref="HtmlLinkReader"/> read; the parser drops every
    /// other attribute, and all text and comments, which makes a page's tree about half as costly to build.
    /// </summary>
    private static readonly HashSet<string> ReadAttributes = new(HtmlLinkReader.Attributes.Append("id").Append("name"), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReadAttributeNames = ReadAttributes.GetAlternateLookup<ReadOnlySpan<char>>();

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

    public PageContent Scan(byte[] html)
    {
        using var document = PageEncoding.IsUtf8(html)
            ? _parser.ParseDocument(PageEncoding.DecodeUtf8(html))
            : _parser.ParseDocument(new MemoryStream(html, writable: false));
        var walk = new Walk();
        foreach (var element in document.All)
        {
            walk.Visit(element);
        }

        return walk.ToContent();
    }

    /// <summary>The state of one page's walk.</summary>
    private sealed class Walk
    {
        private readonly HashSet<string> _targets = new(StringComparer.Ordinal);
        private readonly HashSet<string> _duplicateIds = new(StringComparer.Ordinal);
        private readonly List<PageContent.Mark> _duplicates = [];
        private readonly List<(string Name, IElement Element)> _names = [];
        private readonly HashSet<string> _mapNames = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<HtmlLink> _links = [];
        private string? _baseHref;

        public void Visit(IElement element)
        {
            var id = element.GetAttribute("id");
            if (!string.IsNullOrEmpty(id) && !_targets.Add(id) && _duplicateIds.Add(id))
            {
                _duplicates.Add(MarkOf(id, element));
            }

            switch (element.LocalName)
            {
                case "base":
                    _baseHref ??= element.GetAttribute("href");
                    break;
                case "a" when element.GetAttribute("name") is { Length: > 0 } name:
                    _names.Add((name, element));
                    break;
                case "map":
                    AddMapNames(element);
                    break;
            }

            HtmlLinkReader.Read(element, _links);
            if (element is IHtmlTemplateElement template)
            {
                foreach (var inner in template.Content.QuerySelectorAll("*"))
                {
                    Visit(inner);
                }
            }
        }

        public PageContent ToContent()
        {
            var clashes = new List<PageContent.Mark>();
            foreach (var (name, element) in _names)
            {
                if (_targets.Contains(name) && element.GetAttribute("id") != name)
                {
                    clashes.Add(MarkOf(name, element));
                }
            }

            _targets.UnionWith(_names.Select(n => n.Name));

            return new PageContent(_targets, _duplicates, clashes, _mapNames, _links, _baseHref);
        }

        /// <summary>A usemap's hash-name reference finds a map by id or by name (the name compared case-insensitively).</summary>
        private void AddMapNames(IElement map)
        {
            foreach (var value in new[] { map.GetAttribute("name"), map.Id })
            {
                if (!string.IsNullOrEmpty(value))
                {
                    _mapNames.Add(value);
                }
            }
        }

        private static PageContent.Mark MarkOf(string value, IElement element)
        {
            var position = element.SourceReference?.Position;
            return new PageContent.Mark(value, position?.Line ?? 0, position?.Column ?? 0);
        }
    }
}
