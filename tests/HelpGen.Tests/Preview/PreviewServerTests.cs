using System.Net;
using System.Net.Sockets;
using System.Text;
using HelpGen.Preview;

namespace HelpGen.Tests.Preview;

/// <summary>The preview server over real HTTP on a free loopback port: pages, content types, folders, 404, traversal.</summary>
public sealed class PreviewServerTests(PreviewServerTests.Server shared) : IClassFixture<PreviewServerTests.Server>
{
    private readonly HttpClient _http = shared.Http;
    private readonly PreviewSite _site = shared.Site;
    private readonly PreviewServer _server = shared.Preview;

    /// <summary>One server for the read-only tests of this class.</summary>
    public sealed class Server : IAsyncLifetime
    {
        private readonly PreviewFixture _fixture = new();

        public HttpClient Http { get; } = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TestSupport.ProcessRunner.Ceiling };

        public PreviewSite Site { get; private set; } = null!;

        public PreviewServer Preview { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Site = _fixture.StartSite();
            Preview = await PreviewServer.StartAsync(Site, "127.0.0.1", 0);
            Http.BaseAddress = Preview.Url;
        }

        public async Task DisposeAsync()
        {
            await Preview.DisposeAsync();
            Http.Dispose();
            _fixture.Dispose();
        }
    }

    [Theory]
    [InlineData("evil.example", HttpStatusCode.MisdirectedRequest)]
    [InlineData("evil.example:5080", HttpStatusCode.MisdirectedRequest)]
    [InlineData("192.168.1.10", HttpStatusCode.MisdirectedRequest)]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("LOCALHOST:5080", HttpStatusCode.OK)]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("[::1]:5080", HttpStatusCode.OK)]
    public async Task Get_WithHostHeader_AnswersOnlyLoopbackNames(string host, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "en-us/start/welcome/");
        request.Headers.Host = host;

        var response = await _http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        if (expected != HttpStatusCode.OK) Assert.DoesNotContain("Welcome", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_ArticleFolder_ServesItsIndexHtmlWithLiveReloadScript()
    {
        var response = await _http.GetAsync("en-us/start/welcome/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Contains("<h1>Welcome</h1>", html);
        Assert.Contains("data-helpgen-path=\"en-us/start/welcome/index.html\"", html);
        Assert.True(html.IndexOf(LiveReload.ScriptPath, StringComparison.Ordinal) < html.LastIndexOf("</body>", StringComparison.Ordinal));
        Assert.DoesNotContain(LiveReload.ScriptPath, Encoding.UTF8.GetString(_site.Find("en-us/start/welcome/index.html")!.Content));
    }

    [Theory]
    [InlineData("", "text/html")]
    [InlineData("theme/style.*.css", "text/css")]
    [InlineData("assets/logo.png", "image/png")]
    [InlineData("sitemap.xml", "text/xml")]
    [InlineData("robots.txt", "text/plain")]
    [InlineData("__helpgen/live.js", "text/javascript")]
    public async Task Get_File_AnswersWithItsContentType(string path, string type)
    {
        if (path.Contains('*')) path = _site.Output.Files.Single(f => f.Path.StartsWith(path[..path.IndexOf('*')], StringComparison.Ordinal)).Path;
        var response = await _http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Get_SearchIndexFiles_AnswersTheBuildsBytesAsJson()
    {
        var build = new HelpGen.Building.SiteBuilder().Build(_site.Options);
        var index = build.Output!.Files.Where(f => f.Path.StartsWith("de-at/search/", StringComparison.Ordinal) && f.Path.EndsWith(".json", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(index);

        foreach (var file in index)
        {
            var response = await _http.GetAsync(file.Path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal(file.Content, await response.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task Get_FolderWithoutSlash_RedirectsToTheFolder()
    {
        var response = await _http.GetAsync("en-us/start?x=1");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/en-us/start/?x=1", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Get_MissingPage_AnswersTheNotFoundPageWithStatus404()
    {
        var response = await _http.GetAsync("en-us/no-such-page/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("class=\"notfound\"", html);
        Assert.Contains("data-helpgen-notfound=\"true\"", html);
    }

    [Fact]
    public async Task Get_MissingPageOfALocale_AnswersThatLocalesNotFoundPage_ElseTheSites()
    {
        var german = await _http.GetAsync("de-de/keine-seite/");
        var outside = await _http.GetAsync("no-such-folder/page/");

        Assert.Equal(HttpStatusCode.NotFound, german.StatusCode);
        Assert.Contains("<html lang=\"de-DE\">", await german.Content.ReadAsStringAsync());
        Assert.Contains("<h1>Seite nicht gefunden</h1>", await german.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Contains("<h1>Page not found</h1>", await outside.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_DraftArticle_IsServedWithTheDraftBadge()
    {
        var html = await _http.GetStringAsync("en-us/faq/roadmap/");

        Assert.Contains("class=\"badge-draft\"", html);
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/../../../../etc/passwd")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E/%2E%2E/etc/passwd")]
    [InlineData("/en-us/..%2f..%2fsecret.txt")]
    [InlineData("/en-us/%2e%2e%2f%2e%2e%2fsecret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/en-us\\..\\..\\secret.txt")]
    [InlineData("/%5c..%5csecret.txt")]
    [InlineData("//etc/passwd")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/%252e%252e/secret.txt")]
    [InlineData("/site/site.yml")]
    [InlineData("/en/start/welcome.md")]
    public async Task Get_PathLeavingTheSite_IsRefused(string target)
    {
        var (status, body) = await RawGetAsync(target);

        Assert.True(status is 400 or 404, $"{target} answered {status}");
        Assert.DoesNotContain("TOP-SECRET", body);
        Assert.DoesNotContain("root:", body);
        Assert.DoesNotContain("title: Welcome", body);
    }

    [Fact]
    public async Task Post_IsNotAllowed()
    {
        var response = await _http.PostAsync("en-us/", new StringContent("x"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Start_OnPortInUse_ThrowsPortInUse()
    {
        using var blocker = new TcpListener(IPAddress.Loopback, 0);
        blocker.Start();
        var port = ((IPEndPoint)blocker.LocalEndpoint).Port;

        var error = await Assert.ThrowsAsync<PortInUseException>(() => PreviewServer.StartAsync(_site, "127.0.0.1", port));

        Assert.Equal(port, error.Port);
        Assert.Contains("already in use", error.Message);
    }

    /// <summary>Sends the request line exactly as given (HttpClient would clean up dot segments first).</summary>
    private async Task<(int Status, string Body)> RawGetAsync(string target)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(_server.Url.Host, _server.Url.Port);
        await using var stream = client.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: {_server.Url.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        var status = int.Parse(text.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, text);
    }
}
