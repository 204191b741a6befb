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
/// from their words, render the list pages, then the assets, then sitemap, robots, aliases and host files.
/// Every finished file goes to the sink at once. Locales are taken in turn:
/// <list type="number">
/// <item>the articles the locale shows that are not parsed yet are parsed (each file once, in parallel); each one's
/// body is rendered at once for every page showing it, in any locale, and its words are split; then its Markdig
/// document is dropped;</item>
/// <item>the locale's search documents are made; it is indexed from them in the background (one index at a time)
/// while its related articles are computed from them, its pages are rendered around the bodies, in parallel, and the
/// next locale is parsed.</item>
/// </list>
/// In an incremental build (<see cref="PageReuse"/>) a locale none of whose files changed keeps its pages and index
/// instead, unchanged articles are read from the store instead of parsed, and a page whose file and related articles
/// are unchanged is kept instead of rendered.
/// An article's outline and words are dropped after the last locale showing it. So a build into a
/// <see cref="FolderSink"/> holds neither the rendered site nor any Markdig document for long, nor all articles' text:
/// at most the outlines of the locales that share source files (ru-ru and ru-kz) and the bodies not yet wrapped in pages.
/// </summary>
internal sealed class SiteRenderer(SitePlan plan, Theme theme, BuildOptions options, DiagnosticBag diagnostics, ISiteSink sink)
{
    private readonly PageBuilder _builder = new(plan, theme, options.LinkStyle, RelatedArticles.Empty(), diagnostics.For(DiagnosticStage.Render));
    private readonly LinkResolver _resolver = new(plan, options.LinkStyle, diagnostics.For(DiagnosticStage.Render));
    private readonly ConcurrentBag<SitemapEntry> _sitemap = [];
    private readonly ConcurrentBag<string> _paths = [];
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ArticleOutline> _outlines = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ArticleWords> _words = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RenderedArticle> _bodies = new(StringComparer.Ordinal);
    private Dictionary<string, List<ArticlePage>> _pagesOf = [];
    private Func<SourceArticle, ParsedArticle>? _parse;
    private PageReuse? _reuse;
    private int _htmlFiles;
    private int _keptPages;
    private int _parsedCount;
    private int _sourceTotal;
    private int _renderedCount;
    private int _pageTotal;

    /// <summary>The HTML files handed to the sink so far (pages and alias redirects).</summary>
    public int HtmlFiles => _htmlFiles;

    /// <summary>The pages of those kept unchanged from the previous build (see <see cref="PageReuse"/>).</summary>
    public int KeptPages => _keptPages;

    /// <param name="parse">Parses a source file; the preview passes its cache, a build <see cref="MarkdownParser.Parse"/>.</param>
    /// <param name="reuse">For an incremental build into a folder: the pages it may keep, and the record it leaves; else null.</param>
    public void Run(Func<SourceArticle, ParsedArticle> parse, PageReuse? reuse = null)
    {
        _parse = parse;
        _reuse = reuse;
        var pages = plan.Locales.SelectMany(l => l.Sections.SelectMany(s => s.Articles.Select(a => new ArticlePage(l, s, a)))).ToList();
        var lastLocale = new Dictionary<string, LocalePlan>(StringComparer.Ordinal);
        foreach (var page in pages) lastLocale[page.Article.Source.FullPath] = page.Locale;
        _pagesOf = pages.GroupBy(p => p.Article.Source.FullPath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        (_sourceTotal, _pageTotal) = (lastLocale.Count, pages.Count);
        BuildProgress.Start(options.Progress, BuildProgress.Markdown, _sourceTotal);
        BuildProgress.Start(options.Progress, BuildProgress.Pages, _pageTotal);
        var search = new SearchIndexBuilder();
        var indexing = Task.CompletedTask;
        foreach (var locale in plan.Locales)
        {
            var localePages = pages.Where(p => p.Locale == locale).ToList();
            if (reuse?.KeepLocale(locale) is { } index)
            {
                foreach (var file in index) _paths.Add(file);
                Parallel.ForEach(localePages, Parallelism.Options, page =>
                {
                    reuse.KeepPage(page.Article.SitePath, PageFile(page));
                    Kept(page);
                });
                continue;
            }

            var fresh = locale.Articles.Select(a => a.Source).Where(s => !_outlines.ContainsKey(s.FullPath)).DistinctBy(s => s.FullPath).ToList();
            Parallel.ForEach(fresh, Parallelism.Options, source => Parse(source));
            var documents = SearchDocumentFactory.ForLocale(locale, source => _outlines[source.FullPath], plan.Config.Fallback, source => _words[source.FullPath]);
            indexing.GetAwaiter().GetResult();
            indexing = Task.Run(() =>
            {
                var files = SiteBuilder.WriteSearchIndex(search, plan, locale, options.LinkStyle, documents, sink, reuse?.TextBlocks(locale));
                foreach (var file in files) _paths.Add(file);
                reuse?.IndexWritten(locale, files);
            });
            _builder.Factory.Related.AddLocale(locale, documents);
            Parallel.ForEach(localePages, Parallelism.Options, page =>
            {
                if (reuse?.KeepPage(page.Article, _builder.Factory.Related.Of(page.Article.SitePath), PageFile(page)) == true) Kept(page);
                else RenderArticle(page);
            });
            foreach (var article in locale.Articles.Where(a => lastLocale[a.Source.FullPath] == locale))
            {
                _outlines.TryRemove(article.Source.FullPath, out _);
                _words.TryRemove(article.Source.FullPath, out _);
            }
        }

        // The last locale's index is still being built: the list pages and assets do not need it.
        _resolver.ReportMissingAnchors(path => _ids.GetValueOrDefault(path) ?? reuse?.Ids(path));
        RenderLists();
        foreach (var asset in theme.Assets) Add(new OutputFile(asset.SitePath, asset.Content));
        foreach (var asset in plan.Content.Assets)
        {
            if (asset.TryRead(diagnostics.For(DiagnosticStage.Site), plan.Content.Display) is { } bytes) sink.Add(new OutputFile(asset.SitePath, bytes));
        }

        // Beside the last index and the host files: the sitemap, which only needs every page's entry.
        var sitemap = Task.Run(() => SiteExtras.Sitemap(plan, _sitemap.OrderBy(e => e.Url, StringComparer.Ordinal).ToList(), diagnostics.For(DiagnosticStage.Site)));
        indexing.GetAwaiter().GetResult();
        options.Progress?.Report(new BuildProgress(BuildProgress.Search, plan.Locales.Count, plan.Locales.Count));

        // After the theme assets and the indexes: the host files' caching rules look at every file's name.
        var around = SiteExtras.AroundPages(plan, _paths.ToList(), diagnostics.For(DiagnosticStage.Site)).ToList();
        foreach (var file in sitemap.GetAwaiter().GetResult()) Add(file);
        foreach (var file in around) Add(file);
    }

    /// <summary>The ids of an article parsed (or read from the store) by this build; null when neither.</summary>
    public IReadOnlySet<string>? IdsOf(SourceArticle source) => _ids.GetValueOrDefault(source.FullPath);

    /// <summary>
    /// Takes in one source file: from the incremental build's store when it is unchanged (its pages are rendered only if
    /// needed), else parsed (guarded against pathological Markdown) with its body rendered at once for every page showing
    /// it, in any locale. Keeps the bodies, its ids, outline and words: the Markdig document is dropped at once.
    /// </summary>
    private void Parse(SourceArticle source)
    {
        if (_reuse?.Stored(source) is { } stored)
        {
            (_ids[source.FullPath], _outlines[source.FullPath], _words[source.FullPath]) = (stored.Outline.Ids, stored.Outline, stored.Words);
            BuildProgress.Step(options.Progress, BuildProgress.Markdown, ref _parsedCount, _sourceTotal);
            return;
        }

        var parsed = ParseNow(source);
        RenderedArticle? sibling = null;
        foreach (var page in _pagesOf[source.FullPath])
        {
            // ru-ru and ru-kz show the same file: their bodies share one HTML when the links resolve the same.
            _bodies[page.Article.SitePath] = sibling = _builder.Body(parsed, page.Article, _resolver, sibling);
        }

        var words = SearchDocumentFactory.Words(parsed.Outline);
        _ids[source.FullPath] = parsed.Ids;
        _outlines[source.FullPath] = parsed.Outline;
        _words[source.FullPath] = words;
        _reuse?.Store(parsed.Outline, words);
        BuildProgress.Step(options.Progress, BuildProgress.Markdown, ref _parsedCount, _sourceTotal);
    }

    private ParsedArticle ParseNow(SourceArticle source) =>
        _reuse?.TakeParsed(source) ?? MarkdownGuard.Parse(_parse!, source, diagnostics.For(DiagnosticStage.Parse));

    /// <summary>Counts an article page kept from the previous build as written, and gives it its sitemap entry.</summary>
    private void Kept(ArticlePage page)
    {
        _bodies.TryRemove(page.Article.SitePath, out _);
        _paths.Add(PageFile(page));
        Interlocked.Increment(ref _htmlFiles);
        Interlocked.Increment(ref _keptPages);
        if (_builder.ArticleSitemapEntry(page.Article) is { } entry) _sitemap.Add(entry);
        BuildProgress.Step(options.Progress, BuildProgress.Pages, ref _renderedCount, _pageTotal);
    }

    /// <summary>Renders one article page around its body (rendered when the source was parsed, or now when it was read from the store).</summary>
    private void RenderArticle(ArticlePage page)
    {
        if (!_bodies.TryRemove(page.Article.SitePath, out var body)) body = _builder.Body(ParseNow(page.Article.Source), page.Article, _resolver);
        _paths.Add(_builder.Article(page.Locale, page.Section, body, sink, out var sitemap));
        Interlocked.Increment(ref _htmlFiles);
        if (sitemap is not null) _sitemap.Add(sitemap);
        BuildProgress.Step(options.Progress, BuildProgress.Pages, ref _renderedCount, _pageTotal);
    }

    private static string PageFile(ArticlePage page) => page.Article.SitePath + "index.html";

    /// <summary>The home, search, 404 and section pages of every locale, then the chooser and the root 404, rendered (or kept) in parallel.</summary>
    private void RenderLists() => Parallel.ForEach(PageBuilder.ListPages(plan).ToList(), Parallelism.Options, page =>
    {
        var file = PageRenderer.FileOf(page.Path);
        SitemapEntry? sitemap;
        if (_reuse?.KeepList(file) == true)
        {
            _paths.Add(file);
            Interlocked.Increment(ref _htmlFiles);
            Interlocked.Increment(ref _keptPages);
            sitemap = _builder.ListSitemapEntry(page);
        }
        else
        {
            Add(_builder.List(page, out sitemap));
        }

        if (sitemap is not null) _sitemap.Add(sitemap);
    });

    private void Add(OutputFile file)
    {
        _paths.Add(file.Path);
        if (file.IsHtml) Interlocked.Increment(ref _htmlFiles);
        sink.Add(file);
    }

    /// <summary>One article page: the locale and section showing it.</summary>
    private sealed record ArticlePage(LocalePlan Locale, SectionPlan Section, LocalizedArticle Article);
}
