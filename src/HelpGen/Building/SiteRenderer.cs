using System.Collections.Concurrent;
using HelpGen.Content;
using HelpGen.Diagnostics;
using HelpGen.Markdown;
using HelpGen.Output;
using HelpGen.Search;
using HelpGen.Theming;

namespace HelpGen.Building;

/// <summary>
/// The stages after the plan, for one site: parse and render the articles and build each locale's search index
/// from their outlines, render the list pages, then sitemap, robots and aliases, then the assets. Every finished
/// file goes to the sink at once. Locales are taken in turn: the articles a locale shows that are not rendered yet
/// are parsed and rendered for every locale showing them (each file is parsed once), then the locale is indexed,
/// and an article's outline is dropped after the last locale showing it is indexed. So a build into a
/// <see cref="FolderSink"/> holds neither the rendered site nor all Markdig documents nor all articles' text.
/// </summary>
internal sealed class SiteRenderer(SitePlan plan, Theme theme, BuildOptions options, DiagnosticBag diagnostics, ISiteSink sink)
{
    private readonly PageModelFactory _factory = new(plan, theme, options.LinkStyle, plan.Config.BaseUrl);
    private readonly PageRenderer _pages = new(theme, diagnostics);
    private readonly LinkResolver _resolver = new(plan, options.LinkStyle, diagnostics);
    private readonly ConcurrentBag<SitemapEntry> _sitemap = [];
    private readonly ConcurrentBag<string> _paths = [];
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ArticleOutline> _outlines = new(StringComparer.Ordinal);
    private int _htmlFiles;

    /// <summary>The HTML files handed to the sink so far (pages and alias redirects).</summary>
    public int HtmlFiles => _htmlFiles;

    /// <param name="parse">Parses a source file; the preview passes its cache, a build <see cref="MarkdownParser.Parse"/>.</param>
    public void Run(Func<SourceArticle, ParsedArticle> parse)
    {
        var pagesBySource = plan.Locales
            .SelectMany(l => l.Sections.SelectMany(s => s.Articles.Select(a => new ArticlePage(l, s, a))))
            .GroupBy(p => p.Article.Source.FullPath, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var lastLocale = pagesBySource.ToDictionary(p => p.Key, p => p.Value[^1].Locale, StringComparer.Ordinal);
        var search = new SearchIndexBuilder();
        foreach (var locale in plan.Locales)
        {
            var fresh = locale.Articles.Select(a => a.Source.FullPath).Where(path => !_ids.ContainsKey(path)).Distinct().ToList();
            Parallel.ForEach(fresh, path => RenderArticle(parse, pagesBySource[path]));
            foreach (var file in SiteBuilder.SearchIndex(search, plan, locale, options.LinkStyle, source => _outlines[source.FullPath])) Add(file);
            foreach (var article in locale.Articles.Where(a => lastLocale[a.Source.FullPath] == locale)) _outlines.TryRemove(article.Source.FullPath, out _);
        }

        _resolver.ReportMissingAnchors(path => _ids.GetValueOrDefault(path));
        RenderLists();
        var sitemap = _sitemap.OrderBy(e => e.Url, StringComparer.Ordinal).ToList();
        foreach (var file in SiteExtras.Create(plan, sitemap, _paths.ToList(), diagnostics)) Add(file);
        foreach (var asset in theme.Assets) Add(new OutputFile(asset.SitePath, asset.Content));
        foreach (var asset in plan.Content.Assets) sink.Copy(asset.SitePath, asset.FullPath);
    }

    /// <summary>Parses one source file and renders it for every locale that shows it; keeps its ids and outline.</summary>
    private void RenderArticle(Func<SourceArticle, ParsedArticle> parse, List<ArticlePage> pages)
    {
        var parsed = parse(pages[0].Article.Source);
        _outlines[parsed.Source.FullPath] = parsed.Outline;
        _ids[parsed.Source.FullPath] = parsed.Ids;
        foreach (var (locale, section, article) in pages)
        {
            var html = ArticleRenderer.Render(parsed, article, _resolver, theme.Strings(article.Source.Language));
            Render(_factory.Article(locale, section, html), article.SitePath, new PageOrigin(article.Source.DisplayPath, html.Links));
        }
    }

    private void RenderLists()
    {
        foreach (var locale in plan.Locales)
        {
            Render(_factory.Home(locale), $"{locale.Locale.Code}/");
            Render(_factory.Search(locale), $"{locale.Locale.Code}/search/");
            foreach (var section in locale.Sections) Render(_factory.Section(locale, section), $"{locale.Locale.Code}/{section.Section.Id}/");
        }

        Render(_factory.Chooser(), string.Empty);
        Render(_factory.NotFound(), "404.html");
    }

    private void Render(PageModel model, string path, PageOrigin? origin = null)
    {
        Add(_pages.Render(model, path, origin));
        if (PageRenderer.SitemapEntryOf(model) is { } entry) _sitemap.Add(entry);
    }

    private void Add(OutputFile file)
    {
        _paths.Add(file.Path);
        if (file.IsHtml) Interlocked.Increment(ref _htmlFiles);
        sink.Add(file);
    }

    /// <summary>One article page: the locale and section showing it.</summary>
    private sealed record ArticlePage(LocalePlan Locale, SectionPlan Section, LocalizedArticle Article);
}
