using HelpGen.Tests.TestSupport;
using Microsoft.Playwright;

namespace HelpGen.Tests.Search;

/// <summary>
/// axe-core (tests/js/package.json; installed into tests/js/node_modules with <c>npm ci</c> on the first run when
/// missing) on every page type and state of the default theme, in light and dark mode: no violation. Fails, never
/// skips, when axe-core cannot be installed or chromium is missing.
/// </summary>
public sealed class AccessibilityBrowserTests(SearchBrowserFixture fixture) : IClassFixture<SearchBrowserFixture>
{
    private static readonly string Axe = Path.Combine(SearchTestSupport.RepositoryRoot, "tests", "js", "node_modules", "axe-core", "axe.min.js");

    private static readonly Lazy<bool> Installed = new(() =>
    {
        if (!File.Exists(Axe))
        {
            using var npm = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("npm", "ci --no-audit --no-fund")
            {
                WorkingDirectory = Path.Combine(SearchTestSupport.RepositoryRoot, "tests", "js"),
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            npm?.StandardOutput.ReadToEnd();
            npm?.WaitForExit();
        }

        return File.Exists(Axe);
    });

    public static TheoryData<string, string, ColorScheme> Pages()
    {
        var data = new TheoryData<string, string, ColorScheme>();
        string[] states = ["home", "section", "article", "table-phone", "search-results", "search-none", "search-empty", "dropdown", "switcher", "notfound", "chooser"];
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            foreach (var state in states)
            {
                data.Add(state, UrlOf(state), scheme);
            }
        }

        return data;
    }

    [ChromiumTheory]
    [MemberData(nameof(Pages))]
    public async Task Axe_OnEveryPageTypeAndState_ReportsNoViolation(string state, string path, ColorScheme scheme)
    {
        Assert.True(Installed.Value, $"{Axe} is missing and npm ci in tests/js did not install it");
        var page = await fixture.Browser.NewPageAsync(new() { ViewportSize = state == "table-phone" ? new() { Width = 390, Height = 844 } : new() { Width = 1280, Height = 900 } });
        page.SetDefaultTimeout((float)ProcessRunner.Ceiling.TotalMilliseconds);
        await page.EmulateMediaAsync(new() { ColorScheme = scheme });
        await page.GotoAsync(fixture.Server.Url(path));
        await PrepareAsync(page, state);

        await page.AddScriptTagAsync(new() { Path = Axe });
        var violations = await page.EvaluateAsync<string[]>(
            "() => axe.run(document, { resultTypes: ['violations'] }).then(r => r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(' | ')))");

        Assert.True(violations.Length == 0, $"{state} ({scheme}): {string.Join("\n", violations)}");
    }

    private static string UrlOf(string state) => state switch
    {
        "home" or "dropdown" or "switcher" => "en-us/",
        "section" => "ru-ru/logistics/",
        "article" => "de-de/personal-account/forgot-password/",
        "table-phone" => "ru-ru/logistics/delivery-options/",
        "search-results" => "ru-ru/search/?q=%D0%BF%D0%B0%D1%80%D0%BE%D0%BB%D1%8C",
        "search-none" => "en-us/search/?q=qqqqzzzz",
        "search-empty" => "de-de/search/",
        "notfound" => "ru-ru/404.html",
        _ => string.Empty,
    };

    private static async Task PrepareAsync(IPage page, string state)
    {
        switch (state)
        {
            case "search-results":
                await page.Locator("#search-results .search-result").First.WaitForAsync();
                break;
            case "search-none":
                await page.Locator("#search-results .search-help").WaitForAsync();
                break;
            case "dropdown":
                await page.Locator("#hg-search-input").PressSequentiallyAsync("password");
                await page.Locator("#hg-search-dropdown[data-query=password] [role=option]").First.WaitForAsync();
                break;
            case "switcher":
                await page.Locator("details[data-switcher] summary").ClickAsync();
                break;
        }
    }
}
