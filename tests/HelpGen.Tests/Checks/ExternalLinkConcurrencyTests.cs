using HelpGen.Checks;
using HelpGen.Checks.External;
using static HelpGen.Tests.Checks.SiteOutputs;

namespace HelpGen.Tests.Checks;

public sealed class ExternalLinkConcurrencyTests
{
    private int _inFlight;
    private int _maxInFlight;

    [Fact]
    public async Task CheckExternal_ManyUrlsOnOneHost_StaysWithinThePerHostLimit()
    {
        await using var server = await LocalHttpServer.StartAsync(async (_, _) =>
        {
            var now = Interlocked.Increment(ref _inFlight);
            InterlockedMax(ref _maxInFlight, now);
            await Task.Delay(100);
            Interlocked.Decrement(ref _inFlight);
        });
        var links = string.Concat(Enumerable.Range(0, 10).Select(i => $"<a href=\"{server.BaseUrl}/page-{i}\">x</a>"));
        var options = new CheckOptions(External: new ExternalCheckOptions(Timeout: TestSupport.ProcessRunner.Ceiling, MaxConcurrency: 8, MaxPerHost: 2));

        var report = await new LinkChecker().CheckAsync(Site(Page("en-us/index.html", links)), options);

        Assert.Empty(report.Problems);
        Assert.Equal(10, report.LinksChecked);
        Assert.InRange(_maxInFlight, 1, 2);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
