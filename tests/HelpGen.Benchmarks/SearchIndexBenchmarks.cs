using BenchmarkDotNet.Attributes;
using HelpGen.Content;
using HelpGen.Markdown;
using HelpGen.Search;

namespace HelpGen.Benchmarks;

/// <summary>Building one locale's search index (tokenizing, stemming, postings, shard files) from the sample articles.</summary>
[MemoryDiagnoser]
public class SearchIndexBenchmarks
{
    private readonly SearchIndexBuilder _builder = new();
    private LocalePlan _locale = null!;
    private IReadOnlyList<SearchDocument> _documents = null!;

    [Params("en-us", "ru-ru")]
    public string Locale { get; set; } = "en-us";

    [GlobalSetup]
    public void Setup()
    {
        var plan = SampleSite.Plan();
        _locale = plan.Locales.Single(l => l.Locale.Code == Locale);
        var outlines = plan.AllArticles.Select(a => a.Source).DistinctBy(s => s.FullPath)
            .ToDictionary(s => s.FullPath, s => MarkdownParser.Parse(s).Outline);
        _documents = SearchDocumentFactory.ForLocale(_locale, s => outlines[s.FullPath], plan.Config.Fallback);
    }

    [Benchmark]
    public int Build() => _builder.Build(_locale.Locale.Code, _locale.Locale.Language, _documents, SearchIndexFormat.Json).Count;
}
