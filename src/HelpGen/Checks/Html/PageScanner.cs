using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace HelpGen.Checks.Html;

/// <summary>
/// Parses a page once with AngleSharp and walks its elements once, collecting every URL the page links or loads
/// (a, area, img + srcset, link, script, source, iframe, embed, video, audio, track, meta refresh, also inside &lt;template&gt;) and the ids
/// that #fragments can target (<c>id</c> on any element, <c>name</c> on <c>a</c>). Not thread-safe: one per worker.
/// </summary>
internal sealed class PageScanner
{
    private static readonly HashSet<string> ResourceRels = new(StringComparer.OrdinalIgnoreCase)
    {
        "stylesheet", "icon", "shortcut", "apple-touch-icon", "apple-touch-icon-precomposed", "mask-icon",
        "manifest", "preload", "modulepreload", "prefetch",
    };

    private static readonly HashSet<string> NoTargetRels = new(StringComparer.OrdinalIgnoreCase)
    {
        "preconnect", "dns-prefetch",
    };

    private readonly HtmlParser _parser = new();

    public PageContent Scan(byte[] html)
    {
        using var document = PageEncoding.IsUtf8(html)
            ? _parser.ParseDocument(PageEncoding.DecodeUtf8(html))
            : _parser.ParseDocument(new MemoryStream(html, writable: false));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new SortedSet<string>(StringComparer.Ordinal);
        var links = new List<PageLink>();
        string? baseHref = null;
        foreach (var element in document.All)
        {
            var id = element.GetAttribute("id");
            if (!string.IsNullOrEmpty(id) && !ids.Add(id))
            {
                duplicates.Add(id);
            }

            if (element.LocalName == "base")
            {
                baseHref ??= element.GetAttribute("href");
            }

            CollectLinks(element, ids, links);
            if (element is IHtmlTemplateElement template)
            {
                CollectTemplateLinks(template, links);
            }
        }

        return new PageContent(ids, duplicates.ToList(), links, baseHref);
    }

    /// <summary>Links inside a &lt;template&gt; are shown by scripts later, so they must work; its ids are not targets until then.</summary>
    private static void CollectTemplateLinks(IHtmlTemplateElement template, List<PageLink> links)
    {
        var inert = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in template.Content.QuerySelectorAll("*"))
        {
            CollectLinks(element, inert, links);
        }
    }

    private static void CollectLinks(IElement element, HashSet<string> ids, List<PageLink> links)
    {
        switch (element.LocalName)
        {
            case "a":
                var name = element.GetAttribute("name");
                if (!string.IsNullOrEmpty(name))
                {
                    ids.Add(name);
                }

                Add(links, element, "href", LinkRole.Page);
                break;
            case "area":
            case "iframe":
                Add(links, element, element.LocalName == "area" ? "href" : "src", LinkRole.Page);
                break;
            case "img":
            case "source":
                Add(links, element, "src", LinkRole.Resource);
                AddSrcset(links, element);
                break;
            case "script":
            case "embed":
            case "audio":
            case "track":
                Add(links, element, "src", LinkRole.Resource);
                break;
            case "video":
                Add(links, element, "src", LinkRole.Resource);
                Add(links, element, "poster", LinkRole.Resource);
                break;
            case "link":
                AddLinkElement(links, element);
                break;
            case "meta":
                AddRefresh(links, element);
                break;
        }
    }

    private static void Add(List<PageLink> links, IElement element, string attribute, LinkRole role)
    {
        var value = element.GetAttribute(attribute);
        if (value is not null)
        {
            links.Add(new PageLink(value, role, element.LocalName));
        }
    }

    private static void AddLinkElement(List<PageLink> links, IElement element)
    {
        var rels = (element.GetAttribute("rel") ?? string.Empty)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (rels.Any(NoTargetRels.Contains))
        {
            return;
        }

        Add(links, element, "href", rels.Any(ResourceRels.Contains) ? LinkRole.Resource : LinkRole.Page);
    }

    private static void AddSrcset(List<PageLink> links, IElement element)
    {
        var srcset = element.GetAttribute("srcset");
        if (srcset is null)
        {
            return;
        }

        foreach (var url in SrcsetParser.Urls(srcset))
        {
            links.Add(new PageLink(url, LinkRole.Resource, element.LocalName));
        }
    }

    private static void AddRefresh(List<PageLink> links, IElement element)
    {
        if (!string.Equals(element.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var url = RefreshParser.Url(element.GetAttribute("content") ?? string.Empty);
        if (url is not null)
        {
            links.Add(new PageLink(url, LinkRole.Page, "meta"));
        }
    }
}
