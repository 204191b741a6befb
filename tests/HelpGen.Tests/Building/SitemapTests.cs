using System.Text.RegularExpressions;
using HelpGen.Building;
using HelpGen.Diagnostics;
using HelpGen.Output;
using HelpGen.Theming;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Building;

public sealed partial class SitemapTests
{
    private const string Files = """
        -- en/faq/both.md --
        ---
        title: Both
        aliases: [/old/both.html]
        ---
        -- ru/faq/both.md --
        ---
        title: Оба
        ---
        -- en/faq/only-en.md --
        ---
        title: Only English
        ---
        """;

    private static TempSite WithFallback(string baseUrlLine = "") =>
        TempSite.Create("-- site.yml --\n" + TempSite.StandardConfig.Replace("baseUrl: https://help.example.org/\n", baseUrlLine) + "\nfallback: en\n" + Files);

    [Fact]
    public void Build_WithBaseUrl_WritesSitemapWithHreflangAlternatesAndXDefault()
    {
        using var site = WithFallback("baseUrl: https://help.example.org/docs\n");
        var result = site.Build();
        result.AssertNoErrors();

        var sitemap = result.Text("sitemap.xml");

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", sitemap);
        Assert.Contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"", sitemap);
        var entry = Entry(sitemap, "https://help.example.org/docs/ru-kz/faq/both/");
        Assert.Equal(
            ["en-US https://help.example.org/docs/en-us/faq/both/", "ru-RU https://help.example.org/docs/ru-ru/faq/both/", "ru-KZ https://help.example.org/docs/ru-kz/faq/both/", "x-default https://help.example.org/docs/"],
            Alternates(entry));
    }

    [Fact]
    public void Build_WithBaseUrl_ListsHomesSectionsAndTranslatedArticlesOnly()
    {
        using var site = WithFallback("baseUrl: https://help.example.org/\n");
        var sitemap = site.Build().Text("sitemap.xml");

        var urls = LocPattern().Matches(sitemap).Select(m => m.Groups[1].Value).ToList();

        Assert.Contains("https://help.example.org/de-de/", urls);
        Assert.Contains("https://help.example.org/de-de/faq/", urls);
        Assert.Contains("https://help.example.org/en-us/faq/only-en/", urls);
        Assert.DoesNotContain("https://help.example.org/de-de/faq/only-en/", urls);
        Assert.DoesNotContain(urls, u => u.Contains("old", StringComparison.Ordinal) || u.Contains("search", StringComparison.Ordinal));
        Assert.Equal(urls.Order(StringComparer.Ordinal), urls);
    }

    [Fact]
    public void Build_Pages_CarryTheSameAlternatesAsTheSitemap()
    {
        using var site = WithFallback("baseUrl: https://help.example.org/\n");
        var result = site.Build();
        var sitemap = result.Text("sitemap.xml");

        foreach (var (page, url) in new[] { ("en-us/faq/both/index.html", "https://help.example.org/en-us/faq/both/"), ("ru-ru/index.html", "https://help.example.org/ru-ru/"), ("de-de/faq/index.html", "https://help.example.org/de-de/faq/") })
        {
            var links = PageAlternatePattern().Matches(result.Text(page)).Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}").ToList();
            Assert.Equal(Alternates(Entry(sitemap, url)), links);
        }
    }

    [Fact]
    public void Build_FallbackPage_IsNoindexAndOutsideHreflang()
    {
        using var site = WithFallback("baseUrl: https://help.example.org/\n");
        var result = site.Build();

        var fallback = result.Text("de-de/faq/only-en/index.html");
        var original = result.Text("en-us/faq/only-en/index.html");

        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", fallback);
        Assert.Empty(PageAlternatePattern().Matches(fallback));
        Assert.Contains("Only English", fallback);
        Assert.DoesNotContain("noindex", original);
        Assert.Equal(["en-US", "x-default"], PageAlternatePattern().Matches(original).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public void Build_WithBaseUrl_WritesRobotsTxtNamingTheSitemap()
    {
        using var site = WithFallback("baseUrl: https://help.example.org/\n");

        Assert.Equal("User-agent: *\nAllow: /\nSitemap: https://help.example.org/sitemap.xml\n", site.Build().Text("robots.txt"));
    }

    [Fact]
    public void Build_WithoutBaseUrl_WritesNoSitemapAndWarns()
    {
        using var site = WithFallback();
        var result = site.Build(keepOutputOnErrors: false);

        Assert.NotNull(result.Output);
        Assert.False(result.Has("sitemap.xml"));
        Assert.Equal(Severity.Warning, result.Single(DiagnosticCodes.NoSitemapWithoutBaseUrl).Severity);
        Assert.Equal("User-agent: *\nAllow: /\n", result.Text("robots.txt"));
    }

    [Fact]
    public void Build_WithBaseUrlOption_OverridesSiteYml()
    {
        using var site = WithFallback();
        var result = new HelpGen.Building.SiteBuilder().Build(new HelpGen.Building.BuildOptions(site.Source, RepoRoot.DefaultTheme, BaseUrlOverride: "https://other.example.org"));

        Assert.Contains("<loc>https://other.example.org/en-us/</loc>", result.Text("sitemap.xml"));
    }

    [Fact]
    public void ArticleSitemapEntry_OfEveryArticlePage_IsTheEntryOfItsPageModel()
    {
        using var site = WithFallback("baseUrl: https://help.example.org/\n");
        var pages = new[] { RepoRoot.Articles, site.Source }.SelectMany(source =>
        {
            var (plan, theme) = HelpGen.Building.SiteBuilder.Prepare(new HelpGen.Building.BuildOptions(source), null, new DiagnosticBag())!.Value;
            var factory = new HelpGen.Building.PageModelFactory(plan, theme, HelpGen.Output.LinkStyle.Directory, plan.Config.BaseUrl);
            return plan.Locales.SelectMany(l => l.Sections.SelectMany(s => s.Articles.Select(a => (Factory: factory, Locale: l, Section: s, Article: a))));
        }).ToList();

        Assert.Contains(pages, p => p.Article.IsFallback);
        foreach (var (factory, locale, section, article) in pages)
        {
            var outline = new HelpGen.Markdown.ArticleOutline(article.Source, [], new HashSet<string>(), []);
            var model = factory.Article(locale, section, new HelpGen.Markdown.RenderedArticle(article, outline, string.Empty, []));
            var expected = HelpGen.Building.PageRenderer.SitemapEntryOf(model);
            var actual = factory.ArticleSitemapEntry(article);
            Assert.Equal(expected?.Url, actual?.Url);
            Assert.Equal(expected?.Alternates ?? [], actual?.Alternates ?? []);
        }
    }

    private static string Entry(string sitemap, string url)
    {
        var match = Regex.Match(sitemap, $"<url>\\s*<loc>{Regex.Escape(url)}</loc>(.*?)</url>", RegexOptions.Singleline);
        Assert.True(match.Success, $"{url} is not in the sitemap");
        return match.Groups[1].Value;
    }

    private static List<string> Alternates(string entry) =>
        SitemapAlternatePattern().Matches(entry).Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}").ToList();

    [Fact]
    public void Sitemaps_OverTheProtocolsLimitsForOneFile_AreSplitIntoPartsThatSitemapXmlLists()
    {
        var entries = Enumerable.Range(0, 5)
            .Select(i => new SitemapEntry($"https://help.example.org/en-us/faq/a{i}/", [new AlternateLink("en-US", $"https://help.example.org/en-us/faq/a{i}/")]))
            .ToList();
        static List<string> Locs(OutputFile file) => LocPattern().Matches(System.Text.Encoding.UTF8.GetString(file.Content)).Select(m => m.Groups[1].Value).ToList();

        // Within both limits: one sitemap.xml, as for any site of fewer than 50,000 pages.
        var single = Assert.Single(SiteExtras.Sitemaps("https://help.example.org/", entries, maxUrls: 5));
        Assert.Equal("sitemap.xml", single.Path);
        Assert.Equal(entries.Select(e => e.Url), Locs(single));

        // More URLs than a file may hold: parts of at most that many, in order, and sitemap.xml the index of them.
        var files = SiteExtras.Sitemaps("https://help.example.org/", entries, maxUrls: 2);
        Assert.Equal(["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"], files.Select(f => f.Path));
        var index = System.Text.Encoding.UTF8.GetString(files[0].Content);
        Assert.Contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">", index);
        Assert.Equal(["https://help.example.org/sitemap-1.xml", "https://help.example.org/sitemap-2.xml", "https://help.example.org/sitemap-3.xml"], Locs(files[0]));
        Assert.Equal([2, 2, 1], files.Skip(1).Select(f => Locs(f).Count));
        Assert.Equal(entries.Select(e => e.Url), files.Skip(1).SelectMany(Locs));
        Assert.All(files.Skip(1), f => Assert.Contains("<xhtml:link rel=\"alternate\" hreflang=\"en-US\"", System.Text.Encoding.UTF8.GetString(f.Content)));

        // More bytes than a file may hold: a part ends before the entry that would take it over.
        var twoEntries = SiteExtras.Sitemaps("https://help.example.org/", entries.Take(2).ToList()).Single().Content.Length;
        var bySize = SiteExtras.Sitemaps("https://help.example.org/", entries, maxBytes: twoEntries);
        Assert.Equal([2, 2, 1], bySize.Skip(1).Select(f => Locs(f).Count));
        Assert.All(bySize, f => Assert.InRange(f.Content.Length, 1, twoEntries));
    }

    [GeneratedRegex("<loc>([^<]+)</loc>")]
    private static partial Regex LocPattern();

    [GeneratedRegex("<xhtml:link rel=\"alternate\" hreflang=\"([^\"]+)\" href=\"([^\"]+)\"/>")]
    private static partial Regex SitemapAlternatePattern();

    [GeneratedRegex("<link rel=\"alternate\" hreflang=\"([^\"]+)\" href=\"([^\"]+)\">")]
    private static partial Regex PageAlternatePattern();
}
