using System.Text.RegularExpressions;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Building;

/// <summary>Reader-facing parts of built pages: search fields and suggestions, related articles, feedback, 404s, switching, localized assets.</summary>
public sealed partial class SearchPagesTests
{
    private const string Articles = """
        -- en/payouts/set-up.md --
        ---
        title: Set up payouts
        tags: [payout, bank transfer]
        ---
        Choose a payout method and enter your bank account.
        -- en/payouts/statement.md --
        ---
        title: Payout statement
        tags: [payout, statement]
        ---
        Read the statement of each payout and its deductions.
        -- en/payouts/bank.md --
        ---
        title: Change bank account
        tags: [bank transfer]
        ---
        Enter a new bank account for your payout.
        -- en/registration/sign-up.md --
        ---
        title: Sign up
        ---
        Register with the ID of your sponsor.
        -- en/faq/contact.md --
        ---
        title: Contact
        ---
        Write to support.
        """;

    [Fact]
    public void Build_HomePage_HasASearchFieldThatSubmitsToTheSearchPageAndTheFirstArticlesAsSuggestions()
    {
        using var site = TempSite.Create(Articles);
        var result = site.Build();
        result.AssertNoErrors();

        var home = result.Text("en-us/index.html");
        Assert.Matches("<form role=\"search\" action=\"search/\" class=\"search-field\" id=\"home-search\">", home);
        Assert.Contains("<input id=\"home-search-input\" name=\"q\" type=\"search\"", home, StringComparison.Ordinal);
        Assert.Equal(["registration/sign-up/", "payouts/bank/", "faq/contact/"], Links(Between(home, "id=\"home-search-suggestions\"", "</p>")));
        var search = result.Text("en-us/search/index.html");
        Assert.Contains("id=\"search-page-input\"", search, StringComparison.Ordinal);
        Assert.Contains("id=\"search-page-suggestions\"", search, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WithSuggestedSearches_LinksThemToTheSearchPage()
    {
        using var site = TempSite.Create("-- site.yml --\n" + TempSite.StandardConfig + "\nsearch:\n  suggestions:\n    en: [reset password, \"track & trace\"]\n" + Articles, standardConfig: false);
        var result = site.Build();
        result.AssertNoErrors();

        var suggestions = Between(result.Text("en-us/index.html"), "id=\"home-search-suggestions\"", "</p>");
        Assert.Equal(["search/?q=reset%20password", "search/?q=track%20%26%20trace"], Links(suggestions));
        Assert.Contains(">track &amp; trace</a>", suggestions, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ArticleWithHeadingsNamedLikeThePageParts_HasNoDuplicateIds()
    {
        using var site = TempSite.Create(Articles.Replace(
            "Choose a payout method and enter your bank account.",
            "Choose a payout method.\n\n## Main\n\nText.\n\n## Related articles\n\nSee below.\n\n## Search input\n\nType.",
            StringComparison.Ordinal));
        var output = System.IO.Path.Combine(site.Root, "out");
        Assert.Equal(0, CliRunner.Run("build", "--source", site.Source, "--theme", RepoRoot.DefaultTheme, "--output", output).ExitCode);

        var check = CliRunner.Run("check", "--site", output, "--format", "json", "--fail-on", "warning");

        Assert.Contains("id=\"related-articles\"", File.ReadAllText(Path.Combine(output, "en-us/payouts/set-up/index.html")), StringComparison.Ordinal);
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.DoesNotContain("HG2006", check.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ArticlePage_ListsRelatedArticlesOfTheSameLocaleSharedTagsFirst()
    {
        using var site = TempSite.Create(Articles);
        var result = site.Build();

        var related = Between(result.Text("en-us/payouts/set-up/index.html"), "id=\"hg-related\"", "</nav>");
        var links = Links(related);
        Assert.InRange(links.Count, 2, 5);
        Assert.Equal(["../bank/", "../statement/"], links.Take(2).Order());
        Assert.DoesNotContain("../set-up/", links);
    }

    [Fact]
    public void Build_EveryLocale_GetsItsOwn404InItsLanguageWithRelativeLinksUnderABaseOfItsFolder()
    {
        using var site = TempSite.Create(Articles + "\n-- ru/faq/contact.md --\n---\ntitle: Контакты\n---\nТекст.\n");
        var result = site.Build();
        result.AssertNoErrors();

        foreach (var (locale, lang) in new[] { ("en-us", "en-US"), ("de-de", "de-DE"), ("ru-ru", "ru-RU"), ("ru-kz", "ru-KZ") })
        {
            var page = result.Text($"{locale}/404.html");
            Assert.Contains($"<html lang=\"{lang}\">", page, StringComparison.Ordinal);
            Assert.Contains($"<base href=\"/{locale}/\">", page, StringComparison.Ordinal);
            Assert.Contains("id=\"notfound-search\"", page, StringComparison.Ordinal);
            Assert.Contains("<meta name=\"robots\" content=\"noindex\">", page, StringComparison.Ordinal);
            Assert.DoesNotContain(Links(page), l => l.StartsWith('/') && l != $"/{locale}/");
        }

        Assert.Contains("Страница не найдена", result.Text("ru-kz/404.html"), StringComparison.Ordinal);
        Assert.Contains("href=\"faq/\"", result.Text("ru-ru/404.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CountryOnlyArticle_SwitchesToTheSectionOfOtherLocalesWithOnlyAndVariantsSayWhereTheyApply()
    {
        using var site = TempSite.Create(
            "-- ru/payouts/kz-only.md --\n---\ntitle: Только для Казахстана\ncountries: [KZ]\n---\nТекст.\n" +
            "-- ru/payouts/general.md --\n---\ntitle: Общая\n---\nТекст.\n" +
            "-- ru/payouts/general.kz.md --\n---\ntitle: Общая в Казахстане\n---\nТекст.\n");
        var result = site.Build();
        result.AssertNoErrors();

        var kzOnly = result.Text("ru-kz/payouts/kz-only/index.html");
        Assert.Contains("href=\"../../../ru-ru/payouts/?only=KZ\"", kzOnly, StringComparison.Ordinal);
        Assert.Contains("id=\"hg-only-in-notice\"", result.Text("ru-ru/payouts/index.html"), StringComparison.Ordinal);
        var variant = result.Text("ru-kz/payouts/general/index.html");
        Assert.Contains("notice-applies", variant, StringComparison.Ordinal);
        Assert.Contains("href=\"../../../ru-ru/payouts/general/\"", variant, StringComparison.Ordinal);
        Assert.DoesNotContain("notice-applies", result.Text("ru-ru/payouts/general/index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("feedback:\n  url: \"https://forms.example.org/f?article={key}&locale={locale}&helpful={helpful}\"\n", "https://forms.example.org/f?article=payouts%2Fset-up&amp;locale=en-us&amp;helpful=yes", "helpful=no")]
    [InlineData("feedback:\n  email: true\nsupport:\n  email: help@example.org\n", "mailto:help@example.org?subject=Feedback%3A%20payouts%2Fset-up%20%28en-us%29%2C%20helpful%3A%20yes", "helpful%3A%20no")]
    public void Build_WithFeedback_ShowsYesAndNoLinksPrefilledForTheArticle(string yaml, string yes, string no)
    {
        using var site = TempSite.Create("-- site.yml --\n" + TempSite.StandardConfig + "\n" + yaml + Articles, standardConfig: false);
        var result = site.Build();
        result.AssertNoErrors();

        var widget = Between(result.Text("en-us/payouts/set-up/index.html"), "id=\"hg-feedback\"", "</aside>");
        Assert.Contains($"href=\"{yes}\"", widget, StringComparison.Ordinal);
        Assert.Contains(no, widget, StringComparison.Ordinal);
        Assert.Contains("Was this article helpful?", widget, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WithoutFeedback_ShowsNoWidget()
    {
        using var site = TempSite.Create(Articles);

        Assert.DoesNotContain("hg-feedback", site.Build().Text("en-us/payouts/set-up/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LocalizedAsset_IsUsedOnPagesOfItsCountryThenItsLanguage()
    {
        using var site = TempSite.Create(
            "-- assets/images/menu.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n" +
            "-- assets/images/menu.ru.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n" +
            "-- assets/images/menu.kz.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n" +
            "-- en/faq/menu.md --\n---\ntitle: Menu\n---\n![Menu](../../assets/images/menu.svg)\n" +
            "-- de/faq/menu.md --\n---\ntitle: Menü\n---\n![Menü](../../assets/images/menu.svg)\n" +
            "-- ru/faq/menu.md --\n---\ntitle: Меню\n---\n![Меню](../../assets/images/menu.svg)\n");
        var result = site.Build();
        result.AssertNoErrors();

        Assert.Contains("src=\"../../../assets/images/menu.svg\"", result.Text("en-us/faq/menu/index.html"), StringComparison.Ordinal);
        Assert.Contains("src=\"../../../assets/images/menu.svg\"", result.Text("de-de/faq/menu/index.html"), StringComparison.Ordinal);
        Assert.Contains("src=\"../../../assets/images/menu.ru.svg\"", result.Text("ru-ru/faq/menu/index.html"), StringComparison.Ordinal);
        Assert.Contains("src=\"../../../assets/images/menu.kz.svg\"", result.Text("ru-kz/faq/menu/index.html"), StringComparison.Ordinal);
        Assert.True(result.Has("assets/images/menu.ru.svg"));
    }

    private static string Between(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start}' not found");
        return html[from..html.IndexOf(end, from, StringComparison.Ordinal)];
    }

    private static List<string> Links(string html) => Href().Matches(html).Select(m => m.Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal)).ToList();

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();
}
