using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using HelpGen.Preview;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Preview;

/// <summary>
/// The real <c>helpgen serve</c> process: start, serve, stop on SIGTERM; exit code 2 for a taken port or a missing site.yml.
/// Every wait is on an event (the "Serving" line, the exit) with the suite's ceiling, failing with the captured output.
/// </summary>
public sealed partial class ServeCommandTests
{
    [Fact]
    public void CompactAfterStart_CompactsOnce_WhenTheFirstWholeSiteUpdateIsReported()
    {
        var kinds = new List<string>();
        string? current = null;
        var handler = HelpGen.Cli.Commands.ServeCommand.CompactAfterStart(() => kinds.Add(current!));
        RebuildReport Report(string kind) => new(1, current = kind, TimeSpan.Zero, true, [], [], false);

        foreach (var kind in new[] { "links", "rebuild", "site", "rebuild", "site", "render" }) handler(Report(kind));

        Assert.Equal(["site"], kinds);
    }

    [Fact]
    public async Task Serve_PrintsItsUrlServesPagesAndStopsCleanly()
    {
        using var fixture = new PreviewFixture();
        using var process = Start(fixture, "--port", "0");

        var url = new Uri(ServingLine().Match(await process.WaitForLineAsync(l => ServingLine().IsMatch(l), "the 'Serving ... at URL' line")).Groups[1].Value);
        using var http = new HttpClient { Timeout = ProcessRunner.Ceiling };
        var html = await http.GetStringAsync(new Uri(url, "en-us/start/welcome/"));
        Assert.Contains("<h1>Welcome</h1>", html);
        Assert.StartsWith("http://127.0.0.1:", url.ToString());

        Process.Start("kill", ["-TERM", process.Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]).WaitForExit();
        var result = await process.WaitForExitAsync();
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Stopped.", result.Stdout);
    }

    [Fact]
    public async Task Serve_OnPortInUse_ExitsWithCode2AndSaysSo()
    {
        using var fixture = new PreviewFixture();
        using var blocker = new TcpListener(IPAddress.Loopback, 0);
        blocker.Start();
        var port = ((IPEndPoint)blocker.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = Start(fixture, "--port", port);

        var result = await process.WaitForExitAsync();

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"127.0.0.1:{port}", result.Stderr);
        Assert.Contains("already in use", result.Stderr);
    }

    [Fact]
    public async Task Serve_WithoutSiteYml_ExitsWithCode2AndTheDiagnostic()
    {
        using var fixture = new PreviewFixture();
        File.Delete(fixture.PathOf("site.yml"));
        using var process = Start(fixture, "--port", "0");

        var result = await process.WaitForExitAsync();

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("error HG0001", result.Stderr);
    }

    private static CapturedProcess Start(PreviewFixture fixture, params string[] arguments) =>
        CliRunner.Start(fixture.Root, ["serve", "--source", fixture.Source, "--theme", fixture.Theme, .. arguments]);

    [GeneratedRegex(@"^Serving .* at (http://\S+/) ")]
    private static partial Regex ServingLine();
}
