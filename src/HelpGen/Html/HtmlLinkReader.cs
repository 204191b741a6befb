using AngleSharp.Dom;

namespace HelpGen.Html;

/// <summary>
/// Which attributes of which elements are URLs, the one rule the link checker (on whole pages) and the Markdown
/// renderer (on an article's raw HTML, to know each link's source line) both follow: <c>a</c>/<c>area</c> href,
/// <c>iframe</c> src, <c>img</c> src, srcset and usemap, <c>source</c> src and srcset, <c>script</c>/<c>embed</c>/
/// <c>audio</c>/<c>track</c> src, <c>video</c> src and poster, <c>input type=image</c> src, <c>object</c> data, SVG
/// <c>use</c> href and xlink:href, <c>link</c> href (not for preconnect/dns-prefetch) and meta refresh.
/// </summary>
internal static class HtmlLinkReader
{
    private static readonly HashSet<string> ResourceRels = new(StringComparer.OrdinalIgnoreCase)
    {
        "stylesheet", "icon", "shortcut", "apple-touch-icon", "apple-touch-icon-precomposed", "mask-icon",
        "manifest", "preload", "modulepreload", "prefetch",
    };

    /// <summary>
    /// Every attribute the rule above reads (a parser may drop all others, as the link checker's does). Kept beside
    /// the rule: an attribute read below but missing here would be dropped before it is read.
    /// </summary>
    public static readonly IReadOnlySet<string> Attributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "href", "xlink:href", "src", "srcset", "usemap", "poster", "data", "type", "rel", "http-equiv", "content",
    };

    private static readonly HashSet<string> NoTargetRels = new(StringComparer.OrdinalIgnoreCase)
    {
        "preconnect", "dns-prefetch",
    };

    /// <summary>Appends the URLs of <paramref name="element"/> to <paramref name="links"/>, in attribute order of the rule above.</summary>
    public static void Read(IElement element, List<HtmlLink> links) => Read(new ElementTag(element), links);

    /// <summary>Appends the URLs of <paramref name="element"/> to <paramref name="links"/>, in attribute order of the rule above.</summary>
    public static void Read<TTag>(TTag element, List<HtmlLink> links)
        where TTag : IHtmlTag
    {
        switch (element.Name)
        {
            case "a":
            case "area":
                Add(links, element, "href", LinkRole.Page);
                break;
            case "iframe":
                Add(links, element, "src", LinkRole.Page);
                break;
            case "img":
                Add(links, element, "src", LinkRole.Resource);
                AddSrcset(links, element);
                Add(links, element, "usemap", LinkRole.ImageMap);
                break;
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
            default:
                ReadOther(element, links);
                break;
        }
    }

    private static void ReadOther<TTag>(TTag element, List<HtmlLink> links)
        where TTag : IHtmlTag
    {
        switch (element.Name)
        {
            case "input" when string.Equals(element.Attribute("type"), "image", StringComparison.OrdinalIgnoreCase):
                Add(links, element, "src", LinkRole.Resource);
                break;
            case "object":
                Add(links, element, "data", LinkRole.Resource);
                break;
            case "use":
                Add(links, element, "href", LinkRole.Resource);
                Add(links, element, "xlink:href", LinkRole.Resource);
                break;
            case "link":
                AddLinkElement(links, element);
                break;
            case "meta":
                AddRefresh(links, element);
                break;
        }
    }

    private static void Add<TTag>(List<HtmlLink> links, TTag element, string attribute, LinkRole role, string? value = null)
        where TTag : IHtmlTag
    {
        value ??= element.Attribute(attribute);
        if (value is not null)
        {
            links.Add(new HtmlLink(value, role, element.Name, element.Line, element.Column));
        }
    }

    private static void AddLinkElement<TTag>(List<HtmlLink> links, TTag element)
        where TTag : IHtmlTag
    {
        var rels = (element.Attribute("rel") ?? string.Empty)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (rels.Any(NoTargetRels.Contains))
        {
            return;
        }

        Add(links, element, "href", rels.Any(ResourceRels.Contains) ? LinkRole.Resource : LinkRole.Page);
    }

    private static void AddSrcset<TTag>(List<HtmlLink> links, TTag element)
        where TTag : IHtmlTag
    {
        var srcset = element.Attribute("srcset");
        if (srcset is null)
        {
            return;
        }

        foreach (var url in SrcsetParser.Urls(srcset))
        {
            Add(links, element, "srcset", LinkRole.Resource, url);
        }
    }

    private static void AddRefresh<TTag>(List<HtmlLink> links, TTag element)
        where TTag : IHtmlTag
    {
        if (!string.Equals(element.Attribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var url = RefreshParser.Url(element.Attribute("content") ?? string.Empty);
        if (url is not null)
        {
            Add(links, element, "content", LinkRole.Page, url);
        }
    }
}
