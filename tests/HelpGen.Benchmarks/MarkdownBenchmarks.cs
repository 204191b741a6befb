using BenchmarkDotNet.Attributes;
using HelpGen.Content;
using HelpGen.Diagnostics;
using HelpGen.Markdown;
using HelpGen.Output;

namespace HelpGen.Benchmarks;

/// <summary>Parsing the longest English sample article, and rendering it to HTML for its page (links rewritten).</summary>
[MemoryDiagnoser]
public class MarkdownBenchmarks
{
    private LocalizedArticle _article = null!;
    private ParsedArticle _parsed = null!;
    private LinkResolver _resolver = null!;

    [GlobalSetup]
    public void Setup()
    {
        var plan = SampleSite.Plan();
        _article = plan.Locales.First(l => l.Locale.Language == "en").Articles.MaxBy(a => a.Source.Markdown.Length)!;
        _parsed = MarkdownParser.Parse(_article.Source);
        _resolver = new LinkResolver(plan, LinkStyle.Directory, new DiagnosticBag());
    }

    [Benchmark]
    public int Parse() => MarkdownParser.Parse(_article.Source).Text.Count;

    [Benchmark]
    public int Render() => ArticleRenderer.Render(_parsed, _article, _resolver).Html.Length;
}
