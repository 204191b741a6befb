using HelpGen.Tests.TestSupport;
using Microsoft.Playwright;

namespace HelpGen.Tests.Search;

/// <summary>
/// Drives Chromium through Playwright over built pages: typing in the header box, keyboard navigation,
/// the search page, over HTTP (JSON index) and from file:// (script index, links ending in index.html).
/// Skipped with the reason when no Chromium is found (<see cref="Chromium"/>), except under CI=true, where they fail.
/// Every wait is on a page event with the suite's generous ceiling, never a short timer.
/// </summary>
public sealed class SearchBrowserTests(SearchBrowserFixture fixture) : IClassFixture<SearchBrowserFixture>
{
    private readonly StaticFileServer _server = fixture.Server;
    private readonly string _offline = fixture.Offline;

    [ChromiumTheory]
    [InlineData("ru-ru", "забыл пароль", "ru-ru/personal-account/forgot-password/")]
    [InlineData("de-de", "Passwort vergessen", "de-de/personal-account/forgot-password/")]
    public async Task TypingInTheHeader_OverHttp_ShowsTheExpectedFirstResultAndEnterOpensIt(string locale, string query, string expected)
    {
        var page = await NewPageAsync(_server.Url($"{locale}/logistics/track-order/"));

        await TypeAndOpenFirstAsync(page, query);

        Assert.StartsWith(_server.Url(expected), page.Url, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task TypingInTheHeader_FromFile_LoadsScriptIndexAndLinksToIndexHtml()
    {
        var page = await NewPageAsync(FileUrl(_offline, "ru-ru/logistics/track-order/index.html"));

        await TypeAndOpenFirstAsync(page, "забыл пароль");

        Assert.StartsWith(FileUrl(_offline, "ru-ru/personal-account/forgot-password/index.html"), page.Url, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task EscapeKey_ClosesTheDropdown()
    {
        var page = await NewPageAsync(_server.Url("en-us/logistics/track-order/"));
        var input = page.Locator("#hg-search-input");
        await input.PressSequentiallyAsync("password");
        await page.Locator("#hg-search-dropdown[data-query=password] [role=option]").First.WaitForAsync();

        await input.PressAsync("Escape");

        Assert.True(await page.Locator("#hg-search-dropdown").IsHiddenAsync());
        Assert.Equal("false", await input.GetAttributeAsync("aria-expanded"));
    }

    [ChromiumTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SearchPage_ListsResultsBestFirstAndAnnouncesTheCount(bool offline)
    {
        var url = offline
            ? FileUrl(_offline, "de-de/search/index.html") + "?q=Passwort%20vergessen"
            : _server.Url("de-de/search/?q=Passwort%20vergessen");
        var page = await NewPageAsync(url);

        var first = page.Locator("#search-results a").First;
        await first.WaitForAsync();

        Assert.Equal("Passwort vergessen", await first.TextContentAsync());
        var href = await first.GetAttributeAsync("href") ?? string.Empty;
        Assert.Contains(offline ? "de-de/personal-account/forgot-password/index.html" : "de-de/personal-account/forgot-password/", href, StringComparison.Ordinal);
        Assert.Matches(@"^\d+ Ergebnisse?$", await page.Locator("#search-status").TextContentAsync() ?? string.Empty);
        Assert.Equal("Passwort vergessen", await page.InputValueAsync("#hg-search-input"));
    }

    [ChromiumFact]
    public async Task SearchPage_WithNoMatch_ShowsTheNoResultsHelp()
    {
        var page = await NewPageAsync(_server.Url("en-us/search/?q=qqqqzzzz"));

        await page.Locator("#search-results .search-help").WaitForAsync();

        Assert.Equal("No results", await page.Locator("#search-status").TextContentAsync());
        Assert.Equal(0, await page.Locator("#search-results .search-result").CountAsync());
    }

    [ChromiumFact]
    public async Task SearchPage_WithEmptyQuery_ShowsHintsNotEverything()
    {
        var page = await NewPageAsync(_server.Url("en-us/search/"));

        await page.Locator(".search-hint").First.WaitForAsync(new() { State = WaitForSelectorState.Visible });

        Assert.Equal(0, await page.Locator("#search-results .search-result").CountAsync());
        Assert.Equal(string.Empty, await page.Locator("#search-status").TextContentAsync());
    }

    [ChromiumFact]
    public async Task SearchPage_WithQuery_HidesTheStaticHint()
    {
        var page = await NewPageAsync(_server.Url("en-us/search/?q=password"));

        await page.Locator("#search-results .search-result").First.WaitForAsync();

        Assert.True(await page.Locator(".search-hint").First.IsHiddenAsync());
    }

    [Theory]
    [InlineData(false, "ru-ru", "пароль", "Результаты по запросу «пароль»")]
    [InlineData(true, "de-de", "Paket", "Ergebnisse für „Paket“")]
    public async Task HomeSearchField_Enter_OpensTheSearchPageWhichRepeatsTheQueryInFieldAndHeading(bool offline, string locale, string query, string heading)
    {
        var page = await NewPageAsync(offline ? FileUrl(_offline, $"{locale}/index.html") : _server.Url($"{locale}/"));
        var field = page.Locator("#home-search input[type=search]");
        await field.FillAsync(query);

        await Task.WhenAll(page.WaitForURLAsync(u => u.Contains("/search/", StringComparison.Ordinal)), field.PressAsync("Enter"));
        await page.Locator("#search-results .search-result").First.WaitForAsync();

        Assert.Equal(query, await page.InputValueAsync("#search-page-input"));
        Assert.Equal(heading, await page.Locator("#search-heading").TextContentAsync());
        Assert.True(await page.Locator("#search-page-suggestions").IsHiddenAsync());
    }

    [Fact]
    public async Task SearchPage_WithEmptyQuery_OffersAFieldAndSuggestedArticles()
    {
        var page = await NewPageAsync(_server.Url("en-us/search/"));

        Assert.True(await page.Locator("#search-page-input").IsVisibleAsync());
        var suggestions = page.Locator("#search-page-suggestions a");
        Assert.InRange(await suggestions.CountAsync(), 1, 5);
        Assert.True(await suggestions.First.IsVisibleAsync());
    }

    [Fact]
    public async Task Switcher_FromACountryOnlyArticle_LandsOnTheSectionWithANotice()
    {
        var page = await NewPageAsync(_server.Url("ru-kz/logistics/pickup-points/"));

        await page.Locator("details[data-switcher] summary").ClickAsync();
        await Task.WhenAll(page.WaitForURLAsync(u => u.Contains("/ru-ru/logistics/", StringComparison.Ordinal)), page.Locator("a[data-locale=ru-ru]").ClickAsync());

        var notice = page.Locator(".notice-only-in");
        await notice.WaitForAsync();
        Assert.Contains("Казахстан", await notice.TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Switcher_OnTheSearchPage_KeepsTheQuery()
    {
        var page = await NewPageAsync(_server.Url("en-us/search/?q=password"));

        var href = await page.Locator("a[data-locale=de-de]").GetAttributeAsync("href");

        Assert.EndsWith("de-de/search/?q=password", href, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Switcher_ClosesWhenFocusLeavesAndArrowKeysMoveThroughIt()
    {
        var page = await NewPageAsync(_server.Url("en-us/"));
        var summary = page.Locator("details[data-switcher] summary");
        await summary.FocusAsync();

        await summary.PressAsync("ArrowDown");
        Assert.Equal("en-us", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('data-locale')"));
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("de-de", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('data-locale')"));
        await page.Keyboard.PressAsync("ArrowUp");
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("ru-kz", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('data-locale')"));

        await page.Locator("#home-search-input").FocusAsync();
        Assert.False(await page.EvaluateAsync<bool>("() => document.querySelector('details[data-switcher]').open"));
    }

    [Fact]
    public async Task Dropdown_AnnouncesTheResultCountAndClosesWhenFocusLeaves()
    {
        var page = await NewPageAsync(_server.Url("en-us/"));
        var input = page.Locator("#hg-search-input");
        await input.PressSequentiallyAsync("password");
        await page.Locator("#hg-search-dropdown[data-query=password] [role=option]").First.WaitForAsync();

        Assert.Matches(@"^\d+ results?$", await page.Locator("#hg-search-dropdown-status[role=status]").TextContentAsync() ?? string.Empty);
        await page.Locator("#home-search-input").FocusAsync();
        await page.Locator("#hg-search-dropdown").WaitForAsync(new() { State = WaitForSelectorState.Hidden });

        Assert.Equal("false", await input.GetAttributeAsync("aria-expanded"));
    }

    [Fact]
    public async Task WideTable_OnAPhone_ScrollsInsideAFocusableRegion()
    {
        var page = await fixture.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        await page.GotoAsync(_server.Url("ru-ru/logistics/delivery-options/"));
        var region = page.Locator(".table-scroll").First;

        Assert.Equal("0", await region.GetAttributeAsync("tabindex"));
        Assert.Equal("region", await region.GetAttributeAsync("role"));
        Assert.True(await region.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth"));
        await region.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.WaitForFunctionAsync("() => document.querySelector('.table-scroll').scrollLeft > 0");
    }

    private async Task<IPage> NewPageAsync(string url)
    {
        Chromium.Tool.Require();
        var page = await fixture.Browser.NewPageAsync();
        page.SetDefaultTimeout((float)ProcessRunner.Ceiling.TotalMilliseconds);
        page.SetDefaultNavigationTimeout((float)ProcessRunner.Ceiling.TotalMilliseconds);
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(url);
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        Assert.Empty(errors);
        return page;
    }

    private static async Task TypeAndOpenFirstAsync(IPage page, string query)
    {
        var input = page.Locator("#hg-search-input");
        await input.PressSequentiallyAsync(query, new() { Delay = 20 });
        var first = page.Locator($"#hg-search-dropdown[data-query=\"{query}\"] [role=option]").First;
        await first.WaitForAsync();
        Assert.Equal("true", await input.GetAttributeAsync("aria-expanded"));
        Assert.Equal("combobox", await input.GetAttributeAsync("role"));

        await input.PressAsync("ArrowDown");
        Assert.Equal("search-option-0", await input.GetAttributeAsync("aria-activedescendant"));
        Assert.Equal("true", await first.GetAttributeAsync("aria-selected"));
        await Task.WhenAll(page.WaitForURLAsync(u => !u.Contains("track-order", StringComparison.Ordinal)), input.PressAsync("Enter"));
    }

    private static string FileUrl(string root, string path) => new Uri(Path.Combine(root, path)).AbsoluteUri;
}
