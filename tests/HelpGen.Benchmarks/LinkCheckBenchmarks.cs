using BenchmarkDotNet.Attributes;
using HelpGen.Building;
using HelpGen.Checks;
using HelpGen.Output;

namespace HelpGen.Benchmarks;

/// <summary>Checking every internal link and anchor of the sample site, built in memory once.</summary>
[MemoryDiagnoser]
public class LinkCheckBenchmarks
{
    private readonly LinkChecker _checker = new();
    private SiteOutput _site = null!;

    [GlobalSetup]
    public void Setup() =>
        _site = new SiteBuilder().Build(new BuildOptions(SampleSite.Source, KeepOutputOnErrors: true)).Output
            ?? throw new InvalidOperationException("the sample site did not build");

    [Benchmark]
    public async Task<int> Check() => (await _checker.CheckAsync(_site, CheckOptions.Default)).Problems.Count;
}
