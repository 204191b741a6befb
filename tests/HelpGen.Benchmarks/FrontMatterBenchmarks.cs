using BenchmarkDotNet.Attributes;
using HelpGen.Content;
using HelpGen.Diagnostics;

namespace HelpGen.Benchmarks;

/// <summary>Parsing the YAML front matter of one typical article (the first step for every source file).</summary>
[MemoryDiagnoser]
public class FrontMatterBenchmarks
{
    private const string Article = """
        ---
        title: "Track your order"
        summary: "Where your parcel is and when it arrives."
        order: 3
        tags: [delivery, tracking, orders]
        countries: [RU, KZ]
        updated: 2026-05-04
        ---

        Open **Orders** in your personal account.
        """;

    [Benchmark]
    public int Parse()
    {
        var front = FrontMatterParser.Parse(Article, "en/logistics/track-order.md", new DiagnosticBag(), out var bodyStart, out _);
        return Article.Length - bodyStart + (front is null ? 0 : 1);
    }
}
