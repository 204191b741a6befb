using HelpGen.Building;
using HelpGen.Content;
using HelpGen.Diagnostics;
using HelpGen.Markdown;
using HelpGen.Theming;

namespace HelpGen.Preview;

/// <summary>
/// Runs the stages a build runs up to its pages, for the preview: site.yml, theme, content and plan with
/// <see cref="SiteBuilder.Prepare"/> (unchanged files come from the <see cref="SourceReadCache"/>), the parse of every
/// shown article (from the <see cref="ParseCache"/> when its text is unchanged), and the link resolution of every
/// article page with the renderer's <see cref="ArticleRenderer.ResolveLinks"/> and missing anchors, whose diagnostics
/// a build reports while rendering. Every diagnostic carries its stage. Rendering itself happens per page, on request.
/// </summary>
internal static class PreviewStages
{
    /// <param name="theme">The current theme when the theme folder did not change, else null to load it.</param>
    /// <returns>The snapshot, or null (with diagnostics) when site.yml, the source folder or the theme is unusable.</returns>
    public static PreviewSnapshot? Run(BuildOptions options, Theme? theme, SourceReadCache reads, ParseCache parses, DiagnosticBag diagnostics)
    {
        var prepared = SiteBuilder.Prepare(options, theme, diagnostics, reads.Read);
        if (prepared is null) return null;
        (var plan, theme) = prepared.Value;
        reads.Retain(plan.Content.Articles.Select(a => a.FullPath).ToHashSet(StringComparer.Ordinal));
        var parsed = Parse(plan, parses, diagnostics.For(DiagnosticStage.Parse));
        CheckLinks(plan, options, parsed, diagnostics.For(DiagnosticStage.Render));
        return new PreviewSnapshot(options, plan, theme, parsed, PageIndex.For(plan, theme), diagnostics.Sorted);
    }

    /// <summary>Parses every article a locale shows, each file once, as a build does.</summary>
    private static Dictionary<string, ArticleParse> Parse(SitePlan plan, ParseCache parses, DiagnosticBag diagnostics)
    {
        var sources = plan.AllArticles.Select(a => a.Source).DistinctBy(s => s.FullPath).ToList();
        var results = new ArticleParse[sources.Count];
        Parallel.For(0, sources.Count, i => results[i] = parses.Parse(sources[i], diagnostics));
        parses.Retain(sources.Select(s => s.FullPath).ToHashSet(StringComparer.Ordinal));
        var byPath = new Dictionary<string, ArticleParse>(sources.Count, StringComparer.Ordinal);
        for (var i = 0; i < sources.Count; i++) byPath[sources[i].FullPath] = results[i];
        return byPath;
    }

    /// <summary>Resolves the links of every article page (unresolved xrefs, missing images and files), then checks anchors.</summary>
    private static void CheckLinks(SitePlan plan, BuildOptions options, IReadOnlyDictionary<string, ArticleParse> parsed, DiagnosticBag diagnostics)
    {
        var resolver = new LinkResolver(plan, options.LinkStyle, diagnostics);
        var pages = plan.AllArticles.ToList();
        Parallel.ForEach(pages, article => ArticleRenderer.ResolveLinks(parsed[article.Source.FullPath].Links, article, resolver, out _));
        resolver.ReportMissingAnchors(path => parsed.TryGetValue(path, out var parse) ? parse.Outline.Ids : null);
    }
}
