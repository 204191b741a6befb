using HelpGen.Building;
using HelpGen.Content;
using HelpGen.Diagnostics;
using HelpGen.Markdown;
using HelpGen.Output;
using HelpGen.Search;

namespace HelpGen.Preview;

/// <summary>
/// The work of a build that needs the whole site, for one snapshot: each locale's articles parsed (each file once,
/// its text dropped after the last locale showing it, as a build does), its related articles and search index (from one set of search documents, <see cref="SiteBuilder.WriteSearchIndex"/>), then the source's assets and
/// <see cref="SiteExtras"/> (sitemap from the page models, robots, aliases, host files). No page is rendered.
/// Takes seconds on a large site; the preview runs it in the background and serves the previous result meanwhile.
/// A locale showing exactly the articles of the previous result's locale (the same source files, unchanged, in the
/// same places, with the same site.yml) keeps that result's search index and related articles instead: after an
/// edit, only the locales showing the edited file are indexed again, and in those only the edited file is parsed
/// (the others' words come from the previous result, <see cref="Outlines"/>) and only text blocks holding it are
/// written (<see cref="TextBlockReuse"/>).
/// </summary>
internal static class SiteStage
{
    /// <returns>The result, or null when <paramref name="cancel"/> was set (a newer snapshot is waiting).</returns>
    /// <param name="previous">The result served now, whose unchanged locales, words and text blocks are kept; <see cref="SiteResult.Empty"/> at start.</param>
    public static SiteResult? Run(PreviewSnapshot snapshot, SiteResult previous, CancellationToken cancel)
    {
        var (plan, style) = (snapshot.Plan, snapshot.Options.LinkStyle);
        var related = RelatedArticles.Empty();
        var search = new SearchIndexBuilder();
        var files = new SiteFiles.Builder();
        var indexPaths = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var textBlocks = new Dictionary<string, TextBlock>(StringComparer.Ordinal);
        var kept = new List<string>();
        var keptBlocks = 0;
        var outlines = new Outlines(plan, previous.Indexed);
        foreach (var locale in plan.Locales)
        {
            var code = locale.Locale.Code;
            if (Unchanged(previous, plan, locale) && previous.IndexPaths.TryGetValue(code, out var index))
            {
                related.CopyLocale(previous.Related, locale);
                files.Keep(previous.Files, index);
                indexPaths[code] = index;
                foreach (var block in previous.TextBlocks.Where(b => b.Key.StartsWith(code + " ", StringComparison.Ordinal))) textBlocks.Add(block.Key, block.Value);
                kept.Add(code);
                outlines.Done(locale);
                continue;
            }

            if (!outlines.Parse(locale, cancel)) return null;
            var documents = SearchDocumentFactory.ForLocale(locale, outlines.Of, plan.Config.Fallback, outlines.Words);
            related.AddLocale(locale, documents);
            var made = new MemorySink();
            var blocks = new TextBlockReuse(locale, previous.TextBlocks, outlines);
            var written = SiteBuilder.WriteSearchIndex(search, plan, locale, style, documents, made, blocks);
            files.Add(made.Files.ToList());
            files.Keep(previous.Files, blocks.Kept);
            keptBlocks += blocks.Kept.Count();
            indexPaths[code] = written;
            foreach (var block in blocks.Blocks(written)) textBlocks.Add(block.Key, block.Value);
            outlines.Done(locale);
        }

        if (cancel.IsCancellationRequested) return null;
        var diagnostics = new DiagnosticBag(DiagnosticStage.Site);
        foreach (var asset in plan.Content.Assets)
        {
            if (asset.TryRead(diagnostics, plan.Content.Display) is { } bytes) files.Add([new OutputFile(asset.SitePath, bytes)]);
        }

        var pages = new PageBuilder(plan, snapshot.Theme, style, related, diagnostics);
        var assets = plan.Content.Assets.Select(a => a.SitePath).ToHashSet(StringComparer.Ordinal);
        var paths = snapshot.Pages.Paths.Concat(files.Paths.Where(p => !assets.Contains(p)).Order(StringComparer.Ordinal)).ToList();
        files.Add(SiteExtras.Create(plan, Sitemap(snapshot, pages), paths, diagnostics).ToList());
        return new SiteResult(snapshot, related, files.Build(), diagnostics.Sorted)
        {
            IndexPaths = indexPaths,
            KeptLocales = kept,
            Indexed = outlines.Indexed(),
            TextBlocks = textBlocks,
            Parsed = outlines.Parsed,
            KeptTextBlocks = keptBlocks,
        };
    }

    /// <summary>
    /// True when the previous result was made from the same site.yml and its locale of this code showed the same
    /// articles: the same source file objects (the read cache gives a new one for any changed file) at the same site
    /// paths, in the same order. Then the locale's search documents, and so its index and related articles, are the same.
    /// </summary>
    private static bool Unchanged(SiteResult previous, SitePlan plan, LocalePlan locale)
    {
        if (previous.Basis?.Plan is not { } before || before.Config.Text is null || before.Config.Text != plan.Config.Text
            || before.Config.BaseUrl != plan.Config.BaseUrl || before.Locales.FirstOrDefault(l => l.Locale.Code == locale.Locale.Code) is not { } old)
        {
            return false;
        }

        var (was, now) = (old.Articles.ToList(), locale.Articles.ToList());
        return was.Count == now.Count && was.Zip(now).All(p => p.First.SitePath == p.Second.SitePath && ReferenceEquals(p.First.Source, p.Second.Source));
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
