using BenchmarkDotNet.Attributes;
using HelpGen.Building;
using HelpGen.Diagnostics;
using HelpGen.Markdown;
using HelpGen.Output;
using HelpGen.Theming;

namespace HelpGen.Benchmarks;

/// <summary>Rendering page models through the built-in theme: an article page and a locale's home page.</summary>
[MemoryDiagnoser]
public class ThemeBenchmarks
{
    private Theme _theme = null!;
    private PageModel _article = null!;
    private PageModel _home = null!;

    [GlobalSetup]
    public void Setup()
    {
        var plan = SampleSite.Plan();
        var diagnostics = new DiagnosticBag();
        _theme = Theme.Load(SiteBuilder.EmbeddedTheme(), diagnostics) ?? throw new InvalidOperationException("the theme did not load");
        var factory = new PageModelFactory(plan, _theme, LinkStyle.Directory, plan.Config.BaseUrl);
        var locale = plan.Locales[0];
        var section = locale.Sections.First(s => s.Articles.Count > 0);
        var article = section.Articles[0];
        var html = ArticleRenderer.Render(MarkdownParser.Parse(article.Source), article, new LinkResolver(plan, LinkStyle.Directory, diagnostics));
        _article = factory.Article(locale, section, html);
        _home = factory.Home(locale);
    }

    [Benchmark]
    public int ArticlePage() => _theme.Render(_article).Length;

    [Benchmark]
    public int HomePage() => _theme.Render(_home).Length;
}
