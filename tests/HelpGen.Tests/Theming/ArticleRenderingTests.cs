using HelpGen.Theming;
using static HelpGen.Tests.Theming.ThemeTestSupport;

namespace HelpGen.Tests.Theming;

public sealed class ArticleRenderingTests
{
    [Fact]
    public void Render_Article_ShowsBreadcrumbsTocUpdatedAndPager()
    {
        var document = Render(SamplePages.Article(DefaultTheme));

        var crumbs = document.QuerySelector("nav.breadcrumbs[aria-label='Навигационная цепочка']");
        Assert.Equal(["../../", "../"], crumbs!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Регистрация по ID спонсора", crumbs.QuerySelector("[aria-current=page]")?.TextContent);
        Assert.Equal(["#шаг-1", "#если-id-неизвестен", "#шаг-2"], document.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")));
        Assert.Equal("На этой странице", document.QuerySelector("nav.toc h2")?.TextContent);
        Assert.Equal("2025-03-01", document.QuerySelector("time")?.GetAttribute("datetime"));
        Assert.Equal("1 марта 2025 г.", document.QuerySelector("time")?.TextContent);
        Assert.Equal("../confirmation-email/", document.QuerySelector("nav.pager a[rel=prev]")?.GetAttribute("href"));
        Assert.Contains("Проблемы со входом", document.QuerySelector("nav.pager a[rel=next]")?.TextContent);
        Assert.NotNull(document.QuerySelector(".article-body h3#если-id-неизвестен"));
    }

    [Fact]
    public void Render_ArticleWithoutNeighbours_HasNoPager()
    {
        var model = SamplePages.Article(DefaultTheme, change: a => a with { Previous = null, Next = null, Toc = [] });

        var document = Render(model);

        Assert.Null(document.QuerySelector("nav.pager"));
        Assert.Null(document.QuerySelector("nav.toc"));
    }

    [Theory]
    [InlineData("ru", "KZ", "Казахстан")]
    [InlineData("de", "KZ", "Kasachstan")]
    [InlineData("en", "BY", "Belarus")]
    [InlineData("en", "QQ", "QQ")]
    public void Render_CountryLimitedArticle_NamesTheCountryInThePageLanguage(string lang, string country, string expected)
    {
        var document = Render(SamplePages.Article(DefaultTheme, lang, country));

        Assert.Equal(expected, document.QuerySelector(".notice-applies .country")?.TextContent);
    }

    [Fact]
    public void Render_ArticleForEveryCountry_HasNoAppliesToNote()
    {
        var document = Render(SamplePages.Article(DefaultTheme, change: a => a with { AppliesTo = [] }));

        Assert.Null(document.QuerySelector(".notice-applies"));
    }

    [Fact]
    public void Render_FallbackArticle_ShowsTheNotTranslatedNotice()
    {
        var translated = Render(SamplePages.Article(DefaultTheme, "de", "DE"));
        var fallback = Render(SamplePages.Article(DefaultTheme, "de", "DE", a => a with { IsFallback = true }));

        Assert.Null(translated.QuerySelector(".notice-fallback"));
        Assert.Contains("Noch nicht übersetzt", fallback.QuerySelector(".notice-fallback")?.TextContent);
    }

    [Fact]
    public void Render_Article_KeepsThemeIdsOutOfTheWayOfHeadingIds()
    {
        var document = Render(SamplePages.Article(DefaultTheme, change: a => a with
        {
            Related = [new LinkView("Bank details", "../bank/")],
            Feedback = new FeedbackView("https://forms.example.org/?yes", "https://forms.example.org/?no"),
        }));

        var themeIds = document.QuerySelectorAll("[id]")
            .Where(e => e.Closest(".article-body") is null)
            .Select(e => e.Id!)
            .ToList();
        Assert.Contains("hg-toc-title", themeIds);
        Assert.Contains("hg-related", themeIds);
        Assert.Contains("hg-feedback", themeIds);
        Assert.All(themeIds, id => Assert.StartsWith("hg-", id, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_Article_ListsTheSectionsArticlesAndMarksTheCurrentOne()
    {
        var document = Render(SamplePages.Article(DefaultTheme));

        var links = document.QuerySelectorAll("aside nav.sidebar-nav a[href]:not(.sidebar-title a)");
        Assert.Equal(["../registration/sign-up/", "../registration/confirmation-email/"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal("../registration/sign-up/", Assert.Single(links, a => a.GetAttribute("aria-current") == "page").GetAttribute("href"));
    }
}
