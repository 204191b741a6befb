using HelpGen.Tests.TestSupport;
using System.Text.Json;
using Microsoft.Playwright;

namespace HelpGen.Tests.Search;

/// <summary>
/// In chromium: queries typed on the wrong keyboard layout, in Latin letters or as unknown German compounds find the
/// right article and the search page says what it searched for; and the whole relevance set ranks in the browser as
/// it does under Node, over HTTP (JSON index) and from file:// (script index).
/// </summary>
public sealed class SearchBrowserCorrectionTests(SearchBrowserFixture fixture) : IClassFixture<SearchBrowserFixture>
{
    [ChromiumTheory]
    [InlineData(false, "ru-ru", "gfhjkm", "ru-ru/personal-account/forgot-password/", "пароль")]
    [InlineData(true, "ru-ru", "pfgjvybnm%20gfhjkm", "ru-ru/personal-account/forgot-password/", "запомнить пароль")]
    [InlineData(false, "de-de", "%D0%B7%D1%84%D1%8B%D1%8B%D1%86%D1%89%D0%BA%D0%B5", "de-de/personal-account/forgot-password/", "passwort")]
    [InlineData(false, "ru-ru", "zabyl%20parol", "ru-ru/personal-account/forgot-password/", "забыл пароль")]
    [InlineData(true, "ru-ru", "vozvrat%20tovara", "ru-ru/logistics/return-defective-product/", "возврат товара")]
    public async Task SearchPage_WrongLayoutOrTransliteration_FindsTheArticleAndShowsWhatItSearchedFor(
        bool offline, string locale, string query, string expected, string corrected)
    {
        var page = await OpenSearchAsync(offline, locale, query);

        var first = page.Locator("#search-results .search-result a").First;
        await first.WaitForAsync();

        Assert.Contains(expected, await first.GetAttributeAsync("href") ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(corrected, await page.Locator("#search-corrected strong").TextContentAsync());
        var original = page.Locator("#search-corrected a");
        Assert.Equal(Uri.UnescapeDataString(query), await original.TextContentAsync());
        Assert.EndsWith("&exact=1", await original.GetAttributeAsync("href") ?? string.Empty, StringComparison.Ordinal);
    }

    [ChromiumTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SearchPage_UnknownGermanCompound_FindsTheArticleOfItsHeadWithoutACorrectionNote(bool offline)
    {
        var page = await OpenSearchAsync(offline, "de-de", "R%C3%BCckerstattung");

        var first = page.Locator("#search-results .search-result a").First;
        await first.WaitForAsync();

        Assert.Contains("de-de/logistics/return-defective-product/", await first.GetAttributeAsync("href") ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#search-corrected").CountAsync());
    }

    [ChromiumFact]
    public async Task SearchPage_ExactLink_RunsTheQueryAsTypedWithoutCorrections()
    {
        var page = await OpenSearchAsync(false, "ru-ru", "gfhjkm&exact=1");

        await page.Locator("#search-results .search-help").WaitForAsync();

        Assert.Equal(0, await page.Locator("#search-results .search-result").CountAsync());
    }

    [ChromiumFact]
    public async Task HeaderBox_TransliteratedQuery_OpensTheArticleWithEnter()
    {
        var page = await NewPageAsync(fixture.Server.Url("ru-ru/logistics/track-order/"));
        var input = page.Locator("#hg-search-input");
        await input.PressSequentiallyAsync("zabyl parol ", new() { Delay = 20 });
        var first = page.Locator("#hg-search-dropdown[data-query=\"zabyl parol \"] [role=option]").First;
        await first.WaitForAsync();

        await input.PressAsync("ArrowDown");
        await Task.WhenAll(page.WaitForURLAsync(u => u.Contains("forgot-password", StringComparison.Ordinal)), input.PressAsync("Enter"));

        Assert.StartsWith(fixture.Server.Url("ru-ru/personal-account/forgot-password/"), page.Url, StringComparison.Ordinal);
    }

    [ChromiumTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RelevanceSet_InTheBrowser_MeetsTheSameTargetsAsUnderNode(bool offline)
    {
        var queries = JsonDocument.Parse(File.ReadAllText(SearchTestSupport.FixturePath("relevance", "queries.json"))).RootElement
            .EnumerateArray().ToList();
        var lines = new List<string>();
        foreach (var group in queries.GroupBy(q => q.GetProperty("locale").GetString()!))
        {
            var page = await OpenSearchAsync(offline, group.Key, string.Empty);
            await page.WaitForFunctionAsync("() => window.HelpGenSearch && window.HelpGenSearch.engine");
            foreach (var q in group)
            {
                var urls = await page.EvaluateAsync<string[]>(
                    "q => window.HelpGenSearch.engine.query(q, { prefix: false, limit: 3 }).then(a => a.results.map(r => r.url))",
                    q.GetProperty("query").GetString());
                lines.Add(JsonSerializer.Serialize(new
                {
                    locale = group.Key,
                    query = q.GetProperty("query").GetString(),
                    expected = q.GetProperty("expected").GetString(),
                    urls,
                }));
            }

            await page.CloseAsync();
        }

        var report = SearchRelevanceTests.Report(string.Join('\n', lines), out var first, out var hits, out var total);
        Assert.Equal(queries.Count, total);
        Assert.True(first >= 0.95 * total, report);
        Assert.True(hits == total, report);
    }

    private async Task<IPage> OpenSearchAsync(bool offline, string locale, string query)
    {
        var suffix = query.Length == 0 ? string.Empty : "?q=" + query;
        var url = offline
            ? new Uri(Path.Combine(fixture.Offline, locale, "search", "index.html")).AbsoluteUri + suffix
            : fixture.Server.Url($"{locale}/search/{suffix}");
        return await NewPageAsync(url);
    }

    private async Task<IPage> NewPageAsync(string url)
    {
        var page = await fixture.Browser.NewPageAsync();
        page.SetDefaultTimeout((float)ProcessRunner.Ceiling.TotalMilliseconds);
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(url);
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        Assert.Empty(errors);
        return page;
    }
}
