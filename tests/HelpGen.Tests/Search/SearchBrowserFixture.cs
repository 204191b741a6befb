using HelpGen.Output;
using HelpGen.Building;
using HelpGen.Tests.TestSupport;
using Microsoft.Playwright;

namespace HelpGen.Tests.Search;

/// <summary>
/// Shared by the browser tests: the fixture site built twice with <c>SiteBuilder</c> (directory links and the JSON
/// index for HTTP; index.html links and the script index for file://, as <c>helpgen bundle</c> does),
/// a static server for the first, and one Chromium found by <see cref="TestSupport.Chromium"/> (none when it is missing:
/// the tests are then skipped, or fail under CI=true).
/// </summary>
public sealed class SearchBrowserFixture : IAsyncLifetime
{
    public string Online { get; } = SearchTestSupport.NewTempDirectory("browser-http");

    public string Offline { get; } = SearchTestSupport.NewTempDirectory("browser-file");

    internal StaticFileServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    private IPlaywright? _playwright;

    public async Task InitializeAsync()
    {
        Build(Online, LinkStyle.Directory);
        Build(Offline, LinkStyle.IndexHtml);
        Server = new StaticFileServer(Online);
        if (!Chromium.Tool.IsFound)
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium.Tool.Path,
            Timeout = (float)ProcessRunner.Ceiling.TotalMilliseconds,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    /// <summary>Builds the relevance fixture's articles with the real pipeline and the repository's default theme.</summary>
    private static void Build(string output, LinkStyle style)
    {
        var source = SearchTestSupport.FixturePath("relevance", "articles");
        var theme = Path.Combine(SearchTestSupport.RepositoryRoot, "themes", "default");
        var result = new SiteBuilder().Build(new BuildOptions(source, theme, LinkStyle: style));
        Assert.True(result.Output is not null, string.Join("\n", result.Diagnostics));
        SearchTestSupport.WriteFiles(output, result.Output.Files);
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
