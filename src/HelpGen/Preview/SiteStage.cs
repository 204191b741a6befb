using HelpGen.Building;
using HelpGen.Diagnostics;
using HelpGen.Markdown;
using HelpGen.Output;
using HelpGen.Search;

namespace HelpGen.Preview;

/// <summary>
/// The work of a build that needs the whole site, for one snapshot: each locale's articles parsed (each file once,
/// its text dropped after the last locale showing it, as a build does), its related articles and search index (from one set of search documents, <see cref="SiteBuilder.SearchIndex"/>), then the source's assets and
/// <see cref="SiteExtras"/> (sitemap from the page models, robots, aliases, host files). No page is rendered.
/// Takes seconds on a large site; the preview runs it in the background and serves the previous result meanwhile.
/// </summary>
internal static class SiteStage
{
    /// <returns>The result, or null when <paramref name="cancel"/> was set (a newer snapshot is waiting).</returns>
    public static SiteResult? Run(PreviewSnapshot snapshot, CancellationToken cancel)
    {
        var (plan, style) = (snapshot.Plan, snapshot.Options.LinkStyle);
        var related = RelatedArticles.Empty();
        var search = new SearchIndexBuilder();
        var files = new Dictionary<string, OutputFile>(StringComparer.Ordinal);
        var outlines = new Outlines(plan);
        foreach (var locale in plan.Locales)
        {
            if (!outlines.Parse(locale, cancel)) return null;
            var documents = SearchDocumentFactory.ForLocale(locale, outlines.Of, plan.Config.Fallback, outlines.Words);
            related.AddLocale(locale, documents);
            foreach (var file in SiteBuilder.SearchIndex(search, plan, locale, style, documents)) files[file.Path] = file;
            outlines.Done(locale);
        }

        if (cancel.IsCancellationRequested) return null;
        var diagnostics = new DiagnosticBag(DiagnosticStage.Site);
        foreach (var asset in plan.Content.Assets)
        {
            if (asset.TryRead(diagnostics, plan.Content.Display) is { } bytes) files[asset.SitePath] = new OutputFile(asset.SitePath, bytes);
        }

        var pages = new PageBuilder(plan, snapshot.Theme, style, related, diagnostics);
        var assets = plan.Content.Assets.Select(a => a.SitePath).ToHashSet(StringComparer.Ordinal);
        var paths = snapshot.Pages.Paths.Concat(files.Keys.Where(p => !assets.Contains(p))).ToList();
        foreach (var file in SiteExtras.Create(plan, Sitemap(snapshot, pages), paths, diagnostics)) files[file.Path] = file;
        return new SiteResult(snapshot, related, SiteFiles.Of(files.Values), diagnostics.Sorted);
    }

    /// <summary>The sitemap entries of every page, from page models (no rendering), in URL order as a build writes them.</summary>
    private static List<SitemapEntry> Sitemap(PreviewSnapshot snapshot, PageBuilder pages)
    {
        var entries = PageIndex.Articles(snapshot.Plan)
            .Select(p => pages.ArticleSitemapEntry(p.Article))
            .Concat(PageBuilder.ListPages(snapshot.Plan).Select(pages.ListSitemapEntry));
        return entries.OfType<SitemapEntry>().OrderBy(e => e.Url, StringComparer.Ordinal).ToList();
    }
}
