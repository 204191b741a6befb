using BenchmarkDotNet.Attributes;
using HelpGen.Building;
using HelpGen.Diagnostics;
using HelpGen.Theming;

namespace HelpGen.Benchmarks;

/// <summary>
/// Rendering one article page model through the built-in Scriban theme (parsed once, as in a build): the theme's
/// cost per page, without Markdown or I/O. The page is shaped like a real one: breadcrumbs, four locales,
/// alternates, a table of contents, a 4 KB body, a pager and a 12-article sidebar.
/// </summary>
[MemoryDiagnoser]
public class ThemeBenchmarks
{
    private Theme _theme = null!;
    private PageModel _article = null!;

    [GlobalSetup]
    public void Setup()
    {
        _theme = Theme.Load(SiteBuilder.EmbeddedTheme(), new DiagnosticBag()) ?? throw new InvalidOperationException("the built-in theme does not load");
        _article = ArticlePage(_theme);
    }

    [Benchmark]
    public int RenderArticlePage() => _theme.Render(_article).Length;

    /// <summary>The article page model the benchmark renders.</summary>
    public static PageModel ArticlePage(Theme theme)
    {
        var body = string.Concat(Enumerable.Range(1, 12).Select(i =>
            $"<h2 id=\"step-{i}\">Step {i}</h2><p>Open <strong>Orders</strong> in your personal account &amp; choose the parcel. Its status shows where it is and when it arrives.</p>"));
        var articles = Enumerable.Range(1, 12)
            .Select(i => new ArticleLinkView($"Track your order {i}", "Where your parcel is and when it arrives.", $"../track-{i}/", i == 3))
            .ToList();
        var section = new SectionView("logistics", "Logistics", "Orders, delivery and returns.", "../", true, articles);
        string[] locales = ["en-us", "de-de", "ru-ru", "ru-kz"];
        return new PageModel
        {
            Kind = "article",
            Lang = "en",
            Title = "Track your order",
            Description = "Where your parcel is and when it arrives.",
            Root = "../../../",
            IndexFile = string.Empty,
            Canonical = "https://help.example.org/en-us/logistics/track-order/",
            Alternates = [.. locales.Select(l => new AlternateLink(l, $"https://help.example.org/{l}/logistics/track-order/"))],
            Site = new SiteView("Member Help Center", "support@example.org", "https://example.org/contact", "Monday to Friday, 9–18"),
            Locale = new LocaleView("en-us", "en", "US", "en-US", "English (United States)", "../../"),
            Strings = theme.Strings("en"),
            Breadcrumbs = [new LinkView("Member Help Center", "../../"), new LinkView("Logistics", "../")],
            Switcher = [.. locales.Select(l => new SwitcherItem(l, l, l, $"../../../{l}/logistics/track-order/", l == "en-us"))],
            Sections = [section],
            Section = section with { IsPartial = true },
            Article = new ArticleView(
                "Track your order", "Where your parcel is and when it arrives.", body,
                [.. Enumerable.Range(1, 12).Select(i => new TocEntry($"step-{i}", $"Step {i}", 2))],
                "2026-05-04", ["RU", "KZ"], false, ["delivery", "tracking"],
                new LinkView("Delivery times", "../delivery-times/"), new LinkView("Returns", "../returns/")),
            HomeUrl = "../../",
            SearchUrl = "../../search/",
            SearchIndexUrl = "../../search/",
        };
    }
}
