using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace HelpGen.Tests.Preview;

/// <summary>The real <c>helpgen serve</c> process: start, serve, stop on SIGTERM; exit code 2 for a taken port or a missing site.yml.</summary>
public sealed partial class ServeCommandTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Serve_PrintsItsUrlServesPagesAndStopsCleanly()
    {
        using var fixture = new PreviewFixture();
        using var process = Start(fixture, "--port", "0");

        var url = await ReadUrlAsync(process);
        using var http = new HttpClient();
        var html = await http.GetStringAsync(new Uri(url, "en-us/start/welcome/"));
        Assert.Contains("<h1>Welcome</h1>", html);
        Assert.StartsWith("http://127.0.0.1:", url.ToString());

        Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]).WaitForExit();
        Assert.True(process.WaitForExit(Patience), "serve did not stop on SIGTERM");
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("Stopped.", await process.StandardOutput.ReadToEndAsync());
    }

    [Fact]
    public async Task Serve_OnPortInUse_ExitsWithCode2AndSaysSo()
    {
        using var fixture = new PreviewFixture();
        using var blocker = new TcpListener(IPAddress.Loopback, 0);
        blocker.Start();
        var port = ((IPEndPoint)blocker.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = Start(fixture, "--port", port);

        var stderr = await process.StandardError.ReadToEndAsync();

        Assert.True(process.WaitForExit(Patience));
        Assert.Equal(2, process.ExitCode);
        Assert.Contains($"127.0.0.1:{port}", stderr);
        Assert.Contains("already in use", stderr);
    }

    [Fact]
    public async Task Serve_WithoutSiteYml_ExitsWithCode2AndTheDiagnostic()
    {
        using var fixture = new PreviewFixture();
        File.Delete(fixture.PathOf("site.yml"));
        using var process = Start(fixture, "--port", "0");

        var stderr = await process.StandardError.ReadToEndAsync();

        Assert.True(process.WaitForExit(Patience));
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("error HG0001", stderr);
    }

    private static Process Start(PreviewFixture fixture, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = fixture.Root,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "HelpGen.Cli.dll"), "serve", "--source", fixture.Source, "--theme", fixture.Theme }.Concat(arguments))
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info)!;
    }

    private static async Task<Uri> ReadUrlAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            var match = ServingLine().Match(line);
            if (match.Success) return new Uri(match.Groups[1].Value);
        }

        throw new InvalidOperationException("serve exited before printing its URL: " + await process.StandardError.ReadToEndAsync());
    }

    [GeneratedRegex(@"^Serving .* at (http://\S+/) ")]
    private static partial Regex ServingLine();
}
