using System.Net;
using HelpGen.Diagnostics;
using HelpGen.Preview;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Preview;

/// <summary>Saving files while the server runs: pages change, browsers hear about it, errors show and go away.</summary>
public sealed class LiveReloadTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = ProcessRunner.Ceiling;
    private readonly PreviewFixture _fixture = new();
    private readonly HttpClient _http = new() { Timeout = ProcessRunner.Ceiling };
    private PreviewServer _server = null!;
    private SourceWatcher _watcher = null!;

    public async Task InitializeAsync()
    {
        var site = _fixture.StartSite();
        _server = await PreviewServer.StartAsync(site, "127.0.0.1", 0);
        _watcher = new SourceWatcher(site, TimeSpan.FromMilliseconds(30));
        _http.BaseAddress = _server.Url;
    }

    public async Task DisposeAsync()
    {
        _watcher.Dispose();
        await _server.DisposeAsync();
        _http.Dispose();
        _fixture.Dispose();
    }

    [Fact]
    public async Task Save_Article_ChangesThePageAndSendsItsPathOverServerSentEvents()
    {
        using var events = new StreamReader(await _http.GetStreamAsync(LiveReload.EventsPath.TrimStart('/')));
        Assert.Equal("event: hello", await NextEventLineAsync(events));

        _fixture.Edit("en/start/welcome.md", "Welcome to the help center.", "Welcome to the *renovated* help center.");

        await PollAsync("en-us/start/welcome/", html => html.Contains("<em>renovated</em>", StringComparison.Ordinal));
        var change = await NextEventLineAsync(events);
        Assert.Equal("event: change", change);
        var data = await events.ReadLineAsync();
        Assert.Contains("\"en-us/start/welcome/index.html\"", data);
        Assert.Contains("\"all\":false", data);
    }

    [Fact]
    public async Task SourceFolder_DeletedAndRecreated_IsWatchedAgainAndRebuilt()
    {
        var copy = Path.Combine(_fixture.Root, "copy");
        TestSupport.FolderSnapshot.Copy(_fixture.Source, copy);
        Directory.Delete(_fixture.Source, recursive: true);
        await PollAsync("en-us/", html => html.Contains("helpgen-overlay", StringComparison.Ordinal));

        Directory.Move(copy, _fixture.Source);
        await PollAsync("en-us/", html => !html.Contains("helpgen-overlay", StringComparison.Ordinal));
        _fixture.Edit("en/start/welcome.md", "Welcome to the help center.", "Welcome to the *recreated* help center.");

        await PollAsync("en-us/start/welcome/", html => html.Contains("<em>recreated</em>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Save_ByRenamingATemporaryFileOverTheArticle_UpdatesThePage()
    {
        var target = _fixture.PathOf("en/faq/contact.md");
        var temporary = _fixture.PathOf("en/faq/.contact.md.tmp");
        File.WriteAllText(temporary, File.ReadAllText(target).Replace("within a day", "within an hour", StringComparison.Ordinal));

        File.Move(temporary, target, overwrite: true);

        var html = await PollAsync("en-us/faq/contact/", page => page.Contains("within an hour", StringComparison.Ordinal));
        Assert.DoesNotContain("helpgen-overlay", html);
    }

    [Fact]
    public async Task Save_MalformedFrontMatter_ShowsOverlayOnEveryPageUntilFixed()
    {
        var good = File.ReadAllText(_fixture.PathOf("en/start/install.md"));
        _fixture.Write("en/start/install.md", "---\ntitle: \"Install <b>now\n---\nBody.\n");

        var broken = await PollAsync("de-de/", html => html.Contains("id=\"helpgen-overlay\"", StringComparison.Ordinal));
        Assert.Contains("en/start/install.md:", broken);
        Assert.Contains(DiagnosticCodes.FrontMatterInvalidYaml, broken);
        var page = await PollAsync("en-us/start/install/", html => html.Contains("helpgen-overlay", StringComparison.Ordinal));
        Assert.Contains("<h1>Install the app</h1>", page);
        Assert.DoesNotContain("<b>now", page);

        _fixture.Write("en/start/install.md", good.Replace("Open the store", "Open the app store", StringComparison.Ordinal));

        var recovered = await PollAsync("en-us/start/install/", html => !html.Contains("helpgen-overlay", StringComparison.Ordinal));
        Assert.Contains("Open the app store", recovered);
    }

    [Fact]
    public async Task Save_ArticleNamingMissingXref_ShowsOverlayWithFileLineAndCode()
    {
        _fixture.Edit("en/faq/contact.md", "We answer within a day.", "We answer within a day, see [prices](xref:faq/prices).");

        var html = await PollAsync("en-us/", page => page.Contains("helpgen-overlay", StringComparison.Ordinal));

        Assert.Contains("en/faq/contact.md:5:", html);
        Assert.Contains(DiagnosticCodes.UnresolvedXref, html);
    }

    private async Task<string> PollAsync(string path, Func<string, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var response = await _http.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK && done(html)) return html;
            Assert.True(DateTime.UtcNow < deadline, $"{path} did not change within {Patience.TotalSeconds:0} s:\n{html}");
            await Task.Delay(20);
        }
    }

    private static async Task<string?> NextEventLineAsync(StreamReader events)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var line = await events.ReadLineAsync(timeout.Token);
            if (line is null || line.StartsWith("event:", StringComparison.Ordinal)) return line;
        }
    }
}
