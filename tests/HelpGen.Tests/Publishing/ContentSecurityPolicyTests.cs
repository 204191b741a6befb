using HelpGen.Tests.TestSupport;
using Microsoft.Playwright;

namespace HelpGen.Tests.Publishing;

/// <summary>
/// Every page type of the real site, opened in chromium with the headers of the site's own <c>_headers</c> applied to
/// every response, reports zero Content-Security-Policy violations (securitypolicyviolation events and console reports).
/// </summary>
public sealed class ContentSecurityPolicyTests(CspBrowserFixture fixture) : IClassFixture<CspBrowserFixture>
{
    [ChromiumTheory]
    [InlineData("", "home")] // the chooser sends an en-US browser on to en-us/ (console reports cover both pages)
    [InlineData("?choose", "chooser")]
    [InlineData("en-us/", "home")]
    [InlineData("de-de/registration/", "section")]
    [InlineData("en-us/registration/sign-up/", "article")]
    [InlineData("ru-kz/registration/sign-up/", "article")]
    [InlineData("de-de/search/?q=Passwort%20vergessen", "search")]
    [InlineData("404.html", "notfound")]
    [InlineData("old/password-reset.html", "article")]
    public async Task Page_WithTheSitesHeaders_HasNoCspViolations(string path, string kind)
    {
        var (page, console) = await OpenAsync(path);

        await page.Locator($"body.page-{kind}").WaitForAsync();
        var violations = await ViolationsAsync(page, console);

        Assert.True(violations.Count == 0, $"{path}: {string.Join("\n", violations)}");
    }

    [ChromiumFact]
    public async Task SearchPage_WithResults_HasNoCspViolations()
    {
        var (page, console) = await OpenAsync("ru-ru/search/?q=%D0%BF%D0%B0%D1%80%D0%BE%D0%BB%D1%8C");

        await page.Locator("#search-results a").First.WaitForAsync();

        Assert.Empty(await ViolationsAsync(page, console));
    }

    [ChromiumFact]
    public async Task HeaderSearchDropdown_WhileTyping_HasNoCspViolations()
    {
        var (page, console) = await OpenAsync("en-us/registration/sign-up/");

        await page.Locator("#hg-search-input").PressSequentiallyAsync("password");
        await page.Locator("#hg-search-dropdown[data-query=password] [role=option]").First.WaitForAsync();

        Assert.Empty(await ViolationsAsync(page, console));
    }

    [ChromiumFact]
    public async Task Policy_IsEnforced_AnInlineScriptAndStyleAreReported()
    {
        var (page, console) = await OpenAsync("en-us/");

        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.x = 1'; document.body.append(s); document.body.insertAdjacentHTML('beforeend', '<p style=\"color:red\">x</p>'); }");
        await page.WaitForFunctionAsync("() => window.__cspViolations.length >= 2");
        var violations = await ViolationsAsync(page, console);

        Assert.Contains(violations, v => v.Contains("script-src", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("style-src", StringComparison.Ordinal));
    }

    /// <summary>Opens the page with the headers applied; console reports of violations are collected into the list.</summary>
    private async Task<(IPage Page, List<string> Console)> OpenAsync(string path)
    {
        Assert.Contains("Content-Security-Policy", fixture.Headers.Keys);
        var context = await fixture.Browser.NewContextAsync();
        var violations = new List<string>();
        await context.AddInitScriptAsync("""
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
            """);
        await context.RouteAsync("**/*", async route =>
        {
            var response = await route.FetchAsync();
            var headers = new Dictionary<string, string>(response.Headers);
            foreach (var (name, value) in fixture.Headers) headers[name] = value;
            await route.FulfillAsync(new() { Response = response, Headers = headers });
        });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) lock (violations) violations.Add("console: " + message.Text);
        };
        await page.GotoAsync(fixture.Server.Url(path), new() { WaitUntil = WaitUntilState.Load });
        return (page, violations);
    }

    /// <summary>The page's securitypolicyviolation events ("directive blocked-uri") and the console's reports so far.</summary>
    private static async Task<List<string>> ViolationsAsync(IPage page, List<string> console)
    {
        var events = await page.EvaluateAsync<string[]>("() => window.__cspViolations");
        lock (console) return [.. events, .. console];
    }
}
