using HelpGen.Building;
using HelpGen.Content;
using HelpGen.Output;
using HelpGen.Theming;

namespace HelpGen.Preview;

/// <summary>
/// Where each page and theme file of a snapshot comes from, by site path (e.g. <c>en-us/start/welcome/index.html</c>):
/// an article page (its locale, section and article), a list page, or a theme asset. Made from the plan alone.
/// </summary>
internal sealed class PageIndex
{
    private readonly Dictionary<string, object> _byPath;

    private PageIndex(Dictionary<string, object> byPath) => _byPath = byPath;

    /// <summary>The site paths of every page, in no particular order.</summary>
    public IEnumerable<string> PagePaths => _byPath.Where(e => e.Value is not ThemeAsset).Select(e => e.Key);

    /// <summary>The site paths of every page and theme asset.</summary>
    public IEnumerable<string> Paths => _byPath.Keys;

    public int PageCount => _byPath.Count(e => e.Value is not ThemeAsset);

    public static PageIndex For(SitePlan plan, Theme theme)
    {
        var byPath = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var locale in plan.Locales)
        {
            foreach (var section in locale.Sections)
            {
                foreach (var article in section.Articles) byPath[article.SitePath + "index.html"] = new ArticlePage(locale, section, article);
            }
        }

        foreach (var page in PageBuilder.ListPages(plan)) byPath[page.FilePath] = page;
        foreach (var asset in theme.Assets) byPath[asset.SitePath] = asset;
        return new PageIndex(byPath);
    }

    /// <summary>What <paramref name="sitePath"/> is: an <see cref="ArticlePage"/>, a <see cref="ListPage"/>, a <see cref="ThemeAsset"/>, or null.</summary>
    public object? Find(string sitePath) => _byPath.GetValueOrDefault(sitePath);

    /// <summary>The article pages of the site, in plan order.</summary>
    public static IEnumerable<ArticlePage> Articles(SitePlan plan) =>
        plan.Locales.SelectMany(l => l.Sections.SelectMany(s => s.Articles.Select(a => new ArticlePage(l, s, a))));
}
