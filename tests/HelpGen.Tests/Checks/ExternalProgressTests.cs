using HelpGen.Checks.External;
using HelpGen.Building;
using HelpGen.Checks;
using HelpGen.Tests.TestSupport;
using static HelpGen.Tests.Checks.SiteOutputs;

namespace HelpGen.Tests.Checks;

/// <summary><c>check --external</c> reports finished URLs overall and per host, so the CLI can show each host's state.</summary>
public sealed class ExternalProgressTests
{
    [Fact]
    public async Task CheckExternal_ReportsUrlsOverallAndPerHost()
    {
        await using var server = await LocalHttpServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = 200;
            return Task.CompletedTask;
        });
        var links = string.Concat(Enumerable.Range(0, 3).Select(i => $"<a href=\"{server.BaseUrl}/p{i}\">x</a>"));
        var progress = new RecordingProgress();
        var options = new CheckOptions(External: new ExternalCheckOptions(Timeout: ProcessRunner.Ceiling), Progress: progress);

        await new LinkChecker().CheckAsync(Site(Page("en-us/index.html", links)), options);

        var host = new Uri(server.BaseUrl).Authority;
        Assert.Equal((3, 3), progress.Final(BuildProgress.ExternalLinks));
        Assert.Equal((3, 3), progress.Final(BuildProgress.ExternalLinks, host));
    }
}
