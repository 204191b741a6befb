using System.Collections.Concurrent;
using HelpGen.Content;
using HelpGen.Diagnostics;
using HelpGen.Markdown;
using HelpGen.Output;
using HelpGen.Theming;

namespace HelpGen.Building;

/// <summary>
/// The stages after the plan, for one site: parse and render the articles, render the list pages, build the search
/// index from the articles' outlines, then sitemap, robots and aliases, then the assets. Every finished file goes
/// to the sink at once; of an article only its outline is kept after its pages are rendered, so a build into a
/// <see cref="FolderSink"/> never holds the rendered site or all Markdig documents.
/// </summary>
internal sealed class SiteRenderer(SitePlan plan, Theme theme, BuildOptions options, DiagnosticBag diagnostics, ISiteSink sink)
{
    private readonly PageModelFactory _factory = new(plan, theme, options.LinkStyle, plan.Config.BaseUrl);
    private readonly PageRenderer _pages = new(theme, diagnostics);
    private readonly ConcurrentBag<SitemapEntry> _sitemap = [];
    private readonly ConcurrentBag<string> _paths = [];
    private int _htmlFiles;

    /// <summary>The HTML files handed to the sink so far (pages and alias redirects).</summary>
    public int HtmlFiles => _htmlFiles;

    /// <param name="parse">Parses a source file; the preview passes its cache, a build <see cref="MarkdownParser.Parse"/>.</param>
    public void Run(Func<SourceArticle, ParsedArticle> parse)
    {
        var outlines = RenderArticles(parse);
        RenderLists();
        foreach (var file in SiteBuilder.SearchIndexes(plan, options.LinkStyle, source => outlines[source.FullPath])) Add(file);
        var sitemap = _sitemap.OrderBy(e => e.Url, StringComparer.Ordinal).ToList();
        foreach (var file in SiteExtras.Create(plan, sitemap, _paths.ToList(), diagnostics)) Add(file);
        foreach (var asset in theme.Assets) Add(new OutputFile(asset.SitePath, asset.Content));
        foreach (var asset in plan.Content.Assets) sink.Copy(asset.SitePath, asset.FullPath);
    }

    /// <summary>
    /// Parses each source file once and renders it for every locale that shows it, in parallel; anchors of links
    /// between articles are checked when all are parsed. Returns each file's outline by full path.
    /// </summary>
    private ConcurrentDictionary<string, ArticleOutline> RenderArticles(Func<SourceArticle, ParsedArticle> parse)
    {
        var resolver = new LinkResolver(plan, options.LinkStyle, diagnostics);
        var outlines = new ConcurrentDictionary<string, ArticleOutline>(StringComparer.Ordinal);
        var bySource = plan.Locales
            .SelectMany(l => l.Sections.SelectMany(s => s.Articles.Select(a => (Locale: l, Section: s, Article: a))))
            .GroupBy(x => x.Article.Source.FullPath)
            .ToList();
        Parallel.ForEach(bySource, group =>
        {
            var parsed = parse(group.First().Article.Source);
            outlines[group.Key] = parsed.Outline;
            foreach (var (locale, section, article) in group)
            {
                var html = ArticleRenderer.Render(parsed, article, resolver, theme.Strings(article.Source.Language));
                Render(_factory.Article(locale, section, html), article.SitePath, new PageOrigin(article.Source.DisplayPath, html.Links));
            }
        });
        resolver.ReportMissingAnchors(path => outlines.TryGetValue(path, out var outline) ? outline.Ids : null);
        return outlines;
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
}
