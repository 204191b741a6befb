using HelpGen.Building;
using HelpGen.Tests.Search;
using HelpGen.Tests.TestSupport;
using Microsoft.Playwright;

namespace HelpGen.Tests.Publishing;

/// <summary>
/// The real articles built with the default theme, served on loopback, and one chromium (Debian's, as the search
/// browser tests use it). <see cref="Headers"/> are the <c>/*</c> rules of the site's own <c>_headers</c>.
/// </summary>
public sealed class CspBrowserFixture : IAsyncLifetime
{
    public string Site { get; } = SearchTestSupport.NewTempDirectory("csp");

    internal StaticFileServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> Headers { get; private set; } = new Dictionary<string, string>();

    private IPlaywright? _playwright;

    public async Task InitializeAsync()
    {
        var result = new SiteBuilder().Build(new BuildOptions(RepoRoot.Articles, RepoRoot.DefaultTheme));
        Assert.True(result.Output is not null, string.Join("\n", result.Diagnostics));
        SearchTestSupport.WriteFiles(Site, result.Output.Files);
        Headers = RootHeaders(File.ReadAllText(Path.Combine(Site, "_headers")));
        Server = new StaticFileServer(Site);
        if (!Chromium.Tool.IsFound)
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium.Tool.Path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        Server?.Dispose();
        Directory.Delete(Site, recursive: true);
    }

    /// <summary>The headers of the <c>/*</c> block: indented <c>Name: value</c> lines after the <c>/*</c> line.</summary>
    private static Dictionary<string, string> RootHeaders(string text)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var inRoot = false;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith('/')) inRoot = line == "/*";
            else if (inRoot && line.StartsWith("  ", StringComparison.Ordinal) && line.IndexOf(':') is var colon and > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        return headers;
    }
}
