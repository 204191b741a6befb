using Microsoft.Playwright;

namespace HelpGen.Tests.Search;

/// <summary>
/// Shared by the browser tests: the pages built twice (HTTP with the JSON index, file:// with the script index),
/// a static server for the first, and one chromium. Fails when /usr/bin/chromium is missing: <c>.ci/run</c> installs it.
/// </summary>
public sealed class SearchBrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    public string Online { get; } = SearchTestSupport.NewTempDirectory("browser-http");

    public string Offline { get; } = SearchTestSupport.NewTempDirectory("browser-file");

    internal StaticFileServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    private IPlaywright? _playwright;

    public async Task InitializeAsync()
    {
        var locales = SearchTestSupport.LoadDocuments(SearchTestSupport.FixturePath("relevance", "articles"));
        SearchTestPages.Write(Online, locales, offline: false);
        SearchTestPages.Write(Offline, locales, offline: true);
        Server = new StaticFileServer(Online);
        if (!File.Exists(Chromium))
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        Server?.Dispose();
        Directory.Delete(Online, recursive: true);
        Directory.Delete(Offline, recursive: true);
    }
}
