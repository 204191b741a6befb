using AngleSharp.Dom;
using HelpGen.Theming;
using static HelpGen.Tests.Theming.ThemeTestSupport;

namespace HelpGen.Tests.Theming;

public sealed class ThemeRenderingTests
{
    public static TheoryData<string> Kinds => new(Theme.LayoutKinds);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Render_EveryKind_HasLangSkipLinkAndLandmarks(string kind)
    {
        var document = Render(SampleOf(kind));

        Assert.Equal(kind == "article" ? "ru" : "en", document.DocumentElement.GetAttribute("lang"));
        var skip = document.QuerySelector("a.skip-link");
        Assert.Equal("#hg-main", skip?.GetAttribute("href"));
        Assert.Single(document.QuerySelectorAll("main#hg-main"));
        Assert.NotNull(document.QuerySelector("body > header"));
        Assert.NotNull(document.QuerySelector("body > footer"));
        Assert.Equal("utf-8", document.QuerySelector("meta[charset]")?.GetAttribute("charset"));
        Assert.Equal(AssetPath("style.css"), RootRelative(document, "link[rel=stylesheet]", "href", SampleOf(kind).Root));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Render_EveryKindButChooser_HasTheSearchContract(string kind)
    {
        var model = SampleOf(kind);
        var document = Render(model);
        var form = document.QuerySelector("header form[role=search].search-form");
        if (kind == "chooser")
        {
            Assert.Null(form);
            Assert.Null(document.QuerySelector("script[src$='search.js']"));
            return;
        }

        Assert.Equal(model.SearchUrl, form?.GetAttribute("action"));
        var input = form!.QuerySelector("input#hg-search-input[name=q][type=search][data-search-input]");
        Assert.Equal("hg-search-dropdown", input?.GetAttribute("aria-controls"));
        Assert.Equal("hg-search-input", form.QuerySelector("label")?.GetAttribute("for"));
        Assert.True(form.QuerySelector("#hg-search-dropdown[data-search-dropdown][role=listbox]")?.HasAttribute("hidden"));
        Assert.Equal(model.SearchIndexUrl, document.Body!.GetAttribute("data-search-index"));
        Assert.Equal(model.Locale!.Code, document.Body.GetAttribute("data-locale"));
        Assert.NotNull(document.QuerySelector($"script[src='{model.Root}{AssetPath("search.js")}'][defer]"));
        Assert.NotNull(document.QuerySelector($"link[rel=stylesheet][href='{model.Root}{AssetPath("search.css")}']"));
    }

    [Fact]
    public void Render_PageWithAlternatesAndCanonical_WritesHeadLinks()
    {
        var model = SamplePages.Article(DefaultTheme);

        var document = Render(model);

        Assert.Equal(model.Canonical, document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        var alternates = document.QuerySelectorAll("link[rel=alternate]")
            .Select(l => new AlternateLink(l.GetAttribute("hreflang")!, l.GetAttribute("href")!));
        Assert.Equal(model.Alternates, alternates);
        Assert.Null(document.QuerySelector("meta[name=robots]"));
    }

    [Fact]
    public void Render_NoIndexPageWithoutCanonical_HasRobotsNoIndexOnly()
    {
        var document = Render(SamplePages.Search(DefaultTheme));

        Assert.Equal("noindex", document.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Null(document.QuerySelector("link[rel=canonical]"));
        Assert.Empty(document.QuerySelectorAll("link[rel=alternate]"));
    }

    [Fact]
    public void Render_DraftPage_ShowsTheDraftBadge()
    {
        Assert.Null(Render(SamplePages.Section(DefaultTheme)).QuerySelector(".badge-draft"));
        Assert.NotNull(Render(SamplePages.Section(DefaultTheme) with { IsDraft = true }).QuerySelector(".badge-draft"));
    }

    [Fact]
    public void Render_Switcher_ListsEveryLocaleAndMarksTheCurrentOne()
    {
        var document = Render(SamplePages.Article(DefaultTheme));

        var links = document.QuerySelectorAll("nav.switcher a");
        Assert.Equal(["en-US", "de-DE", "ru-KZ"], links.Select(a => a.GetAttribute("hreflang")));
        Assert.Equal(["en-US", "de-DE", "ru-KZ"], links.Select(a => a.GetAttribute("lang")));
        Assert.Equal(["../../../en-us/", "../../../de-de/", "../../../ru-kz/"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal("ru-kz", Assert.Single(links, a => a.HasAttribute("aria-current")).GetAttribute("data-locale"));
        Assert.Equal("Язык и страна", document.QuerySelector("nav.switcher")?.GetAttribute("aria-label"));
    }

    [Fact]
    public void Render_SectionPage_MarksTheCurrentSectionInTheNavigation()
    {
        var document = Render(SamplePages.Section(DefaultTheme));

        var current = Assert.Single(document.QuerySelectorAll("aside nav a[aria-current=page]"));
        Assert.Equal("Registration", current.TextContent);
        Assert.Equal(2, document.QuerySelectorAll("main .article-list a").Length);
    }

    [Fact]
    public void Render_Chooser_ListsLocaleGroupsAsPlainLinks()
    {
        var document = Render(SamplePages.Chooser(DefaultTheme));

        Assert.Equal(["English", "Deutsch", "Русский"], document.QuerySelectorAll(".chooser-group h2").Select(h => h.TextContent));
        Assert.Equal(["en-us/", "de-de/", "ru-ru/", "ru-kz/"], document.QuerySelectorAll(".chooser-group a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(document.QuerySelector("a[data-locale=ru-kz][data-bcp47=ru-KZ]"));
        Assert.NotNull(document.QuerySelector($"script[src='{AssetPath("chooser.js")}']"));
    }

    [Fact]
    public void Render_SearchPage_HasStatusResultsNoScriptAndNoResultsHelp()
    {
        var document = Render(SamplePages.Search(DefaultTheme));

        Assert.Equal("polite", document.QuerySelector("#search-status[role=status]")?.GetAttribute("aria-live"));
        Assert.NotNull(document.QuerySelector("#search-results"));
        Assert.NotNull(document.QuerySelector("noscript"));
        var help = document.QuerySelector("template#search-no-results") as AngleSharp.Html.Dom.IHtmlTemplateElement;
        var links = help!.Content.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("../faq/", links);
        Assert.Contains("https://example.org/contact", links);
        var hints = document.QuerySelector("template#search-hints") as AngleSharp.Html.Dom.IHtmlTemplateElement;
        Assert.Contains("reset password", hints!.Content.TextContent);
    }

    [Fact]
    public void Render_HomePage_ListsSectionsWithTheirArticlesAndTheSupportBlock()
    {
        var document = Render(SamplePages.Home(DefaultTheme));

        Assert.Equal(["Registration", "FAQ"], document.QuerySelectorAll(".section-card h3").Select(h => h.TextContent));
        Assert.Equal(3, document.QuerySelectorAll(".section-card li a").Length);
        Assert.Equal("mailto:support@example.org", document.QuerySelector("footer .support a[href^=mailto]")?.GetAttribute("href"));
    }

    [Fact]
    public void Render_HomePageOfALargeSection_ShowsSixArticlesAndALinkToAllOfThem()
    {
        var articles = Enumerable.Range(1, 40).Select(i => new ArticleLinkView($"Article {i}", null, $"../big/a{i}/", false)).ToList();
        var model = SamplePages.Home(DefaultTheme) with { Sections = [new SectionView("big", "Big", null, "../big/", false, articles)] };

        var document = Render(model);

        Assert.Equal(["Article 1", "Article 2", "Article 3", "Article 4", "Article 5", "Article 6"], document.QuerySelectorAll(".section-card li a").Select(a => a.TextContent));
        var more = document.QuerySelector(".section-card-more a");
        Assert.Equal("../big/", more?.GetAttribute("href"));
        Assert.Contains("(40)", more!.TextContent);
        Assert.Null(Render(SamplePages.Home(DefaultTheme)).QuerySelector(".section-card-more"));
    }

    [Fact]
    public void Render_HostileTextEverywhere_NeverEmitsItAsMarkup()
    {
        const string hostile = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
        var model = SamplePages.Article(DefaultTheme, change: a => a with { Title = hostile, Summary = hostile, AppliesTo = [hostile] }) with
        {
            Title = hostile,
            Description = hostile,
            Site = new SiteView(hostile, hostile, hostile, hostile),
            Breadcrumbs = [new LinkView(hostile, "../")],
        };

        var html = DefaultTheme.Render(model);
        var document = Parse(html);

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.All(document.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src")));
        Assert.Equal(hostile, document.QuerySelector("h1")?.TextContent);
        Assert.Equal(hostile, document.QuerySelector("meta[name=description]")?.GetAttribute("content"));
    }

    private static PageModel SampleOf(string kind) => kind switch
    {
        "chooser" => SamplePages.Chooser(DefaultTheme),
        "home" => SamplePages.Home(DefaultTheme),
        "section" => SamplePages.Section(DefaultTheme),
        "article" => SamplePages.Article(DefaultTheme),
        "search" => SamplePages.Search(DefaultTheme),
        _ => SamplePages.NotFound(DefaultTheme),
    };

    private static string? RootRelative(IDocument document, string selector, string attribute, string root)
    {
        var value = document.QuerySelector(selector)?.GetAttribute(attribute);
        return value is not null && value.StartsWith(root, StringComparison.Ordinal) ? value[root.Length..] : value;
    }
}
