using HelpGen.Checks;
using HelpGen.Checks.External;
using HelpGen.Diagnostics;
using Microsoft.AspNetCore.Http;
using static HelpGen.Tests.Checks.SiteOutputs;

namespace HelpGen.Tests.Checks;

public sealed class ExternalLinkTests : IAsyncLifetime, IDisposable
{
    private readonly string _cacheFolder = Path.Combine(Path.GetTempPath(), "helpgen-check-" + Guid.NewGuid().ToString("N"));
    private LocalHttpServer _server = null!;

    public async Task InitializeAsync() => _server = await LocalHttpServer.StartAsync(HandleAsync);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose()
    {
        if (Directory.Exists(_cacheFolder))
        {
            Directory.Delete(_cacheFolder, recursive: true);
        }
    }

    [Fact]
    public async Task CheckExternal_OkAndNotFound_ReportsOnlyTheFailure()
    {
        var report = await CheckAsync("/ok", "/missing");

        var problem = Assert.Single(report.Problems);
        Assert.Equal((DiagnosticCodes.ExternalLink, "external-link", Severity.Error, _server.BaseUrl + "/missing"), (problem.Code, problem.Kind, problem.Severity, problem.Target));
        Assert.Contains("404", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckExternal_PermanentRedirectToOk_IsAWarning()
    {
        var report = await CheckAsync("/moved");

        var problem = Assert.Single(report.Problems);
        Assert.Equal((DiagnosticCodes.ExternalLink, Severity.Warning), (problem.Code, problem.Severity));
        Assert.Contains(_server.BaseUrl + "/ok", problem.Message, StringComparison.Ordinal);
        Assert.False(report.HasErrors);
    }

    [Fact]
    public async Task CheckExternal_BaseHrefOnAnotherHost_ChecksRelativeLinksAgainstTheBase()
    {
        var body = $"<base href=\"{_server.BaseUrl}/docs/\"><a href=\"../ok\">ok</a> <a href=\"gone\">gone</a>";

        var report = await new LinkChecker().CheckAsync(Site(Page("en-us/index.html", body)), new CheckOptions(External: Options()));

        var problem = Assert.Single(report.Problems);
        Assert.Equal((DiagnosticCodes.ExternalLink, "gone"), (problem.Code, problem.Target));
        Assert.Equal(2, report.LinksChecked);
    }

    [Fact]
    public async Task CheckExternal_HeadRefused_FallsBackToGet()
    {
        var report = await CheckAsync("/no-head");

        Assert.Empty(report.Problems);
        Assert.Equal((1, 1), (_server.Count("HEAD", "/no-head"), _server.Count("GET", "/no-head")));
    }

    [Fact]
    public async Task CheckExternal_SlowServer_TimesOut()
    {
        var report = await CheckAsync(new ExternalCheckOptions(Timeout: TimeSpan.FromMilliseconds(200), Retries: 0), "/slow");

        var problem = Assert.Single(report.Problems);
        Assert.Contains("did not answer", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckExternal_FlakyServer_SucceedsOnRetry()
    {
        var report = await CheckAsync("/flaky");

        Assert.Empty(report.Problems);
        Assert.Equal(2, _server.Count("HEAD", "/flaky"));
    }

    [Fact]
    public async Task CheckExternal_SecondRunWithinTimeToLive_UsesTheCache()
    {
        var options = Options() with { CacheFile = Path.Combine(_cacheFolder, "external-links.json") };
        await CheckAsync(options, "/ok");
        var second = await CheckAsync(options, "/ok");

        Assert.Empty(second.Problems);
        Assert.Equal(1, _server.Count("HEAD", "/ok"));
        Assert.True(File.Exists(options.CacheFile));
    }

    [Fact]
    public async Task CheckExternal_CachedAnswerOlderThanTimeToLive_AsksAgain()
    {
        var clock = new MovableClock();
        var options = Options() with { CacheFile = Path.Combine(_cacheFolder, "c.json"), Clock = clock, CacheTimeToLive = TimeSpan.FromHours(1) };
        await CheckAsync(options, "/ok");
        clock.Advance(TimeSpan.FromHours(2));
        await CheckAsync(options, "/ok");

        Assert.Equal(2, _server.Count("HEAD", "/ok"));
    }

    [Fact]
    public async Task CheckExternal_DamagedCacheFile_IsReplaced()
    {
        var options = Options() with { CacheFile = Path.Combine(_cacheFolder, "damaged.json") };
        Directory.CreateDirectory(_cacheFolder);
        File.WriteAllText(options.CacheFile, "{ not json");

        var report = await CheckAsync(options, "/ok");

        Assert.Empty(report.Problems);
        Assert.Contains(_server.BaseUrl + "/ok", File.ReadAllText(options.CacheFile), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckExternal_RedirectToAnotherScheme_Fails()
    {
        var report = await CheckAsync("/to-ftp");

        Assert.Equal(Severity.Error, Assert.Single(report.Problems).Severity);
    }

    [Fact]
    public async Task CheckExternal_IgnoredUrl_IsNeitherRequestedNorReported()
    {
        var site = Site(Page("en-us/index.html", $"<a href=\"{_server.BaseUrl}/missing\">x</a>"));
        var options = new CheckOptions(Ignore: ["/missing$"], External: Options());

        var report = await new LinkChecker().CheckAsync(site, options);

        Assert.Empty(report.Problems);
        Assert.Equal(0, _server.Count("HEAD", "/missing"));
    }

    [Fact]
    public async Task Check_WithoutExternalOption_NeverContactsTheServer()
    {
        var site = Site(Page("en-us/index.html", $"<a href=\"{_server.BaseUrl}/missing\">x</a>"));

        var report = await new LinkChecker().CheckAsync(site, CheckOptions.Default);

        Assert.Empty(report.Problems);
        Assert.Empty(_server.Requests);
    }

    private static ExternalCheckOptions Options() =>
        new(Timeout: TimeSpan.FromSeconds(60), Retries: 2, RetryDelay: TimeSpan.FromMilliseconds(20));

    private Task<CheckReport> CheckAsync(params string[] paths) => CheckAsync(Options(), paths);

    private Task<CheckReport> CheckAsync(ExternalCheckOptions external, params string[] paths)
    {
        var links = string.Concat(paths.Select(p => $"<a href=\"{_server.BaseUrl}{p}\">x</a>"));
        return new LinkChecker().CheckAsync(Site(Page("en-us/index.html", links)), new CheckOptions(External: external));
    }

    private async Task HandleAsync(HttpContext context, int count)
    {
        var response = context.Response;
        switch (context.Request.Path.Value)
        {
            case "/ok":
                response.StatusCode = 200;
                break;
            case "/moved":
                response.StatusCode = 301;
                response.Headers.Location = "/ok";
                break;
            case "/no-head":
                response.StatusCode = context.Request.Method == "HEAD" ? 405 : 200;
                break;
            case "/to-ftp":
                response.StatusCode = 302;
                response.Headers.Location = "ftp://example.org/file";
                break;
            case "/slow":
                // Never answers: the request ends only when the checker gives up and aborts it.
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { });
                break;
            case "/flaky":
                response.StatusCode = count == 1 ? 503 : 200;
                break;
            default:
                response.StatusCode = 404;
                break;
        }
    }

    private sealed class MovableClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
