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
    /// <param name="parse">False stops after the plan (the first start: pages can be served before every article is parsed; <see cref="Complete"/> follows).</param>
    /// <returns>The snapshot, or null (with diagnostics) when site.yml, the source folder or the theme is unusable.</returns>
    public static PreviewSnapshot? Run(BuildOptions options, Theme? theme, SourceReadCache reads, ParseCache parses, DiagnosticBag diagnostics, bool parse = true)
    {
        var prepared = SiteBuilder.Prepare(options, theme, diagnostics, reads.Read, keepText: false);
        if (prepared is null) return null;
        (var plan, theme) = prepared.Value;
        reads.Retain(plan.Content.Articles.Select(a => a.FullPath).ToHashSet(StringComparer.Ordinal));
        var snapshot = new PreviewSnapshot(options, plan, theme, null, PageIndex.For(plan, theme), diagnostics.Sorted);
        return parse ? Complete(snapshot, parses) : snapshot;
    }

    /// <summary>The snapshot with the parse and link stages run (their diagnostics added), when they were not.</summary>
    public static PreviewSnapshot Complete(PreviewSnapshot snapshot, ParseCache parses)
    {
        if (snapshot.Parses is not null) return snapshot;
        var diagnostics = new DiagnosticBag();
        var parsed = Parse(snapshot.Plan, parses, diagnostics.For(DiagnosticStage.Parse));
        CheckLinks(snapshot.Plan, snapshot.Options, parsed, diagnostics.For(DiagnosticStage.Render));
        return snapshot with { Parses = parsed, Diagnostics = StagedDiagnostics.Sorted(snapshot.Diagnostics.Concat(diagnostics.Sorted)) };
    }

    /// <summary>Parses every article a locale shows, each file once, as a build does.</summary>
    private static Dictionary<string, ArticleParse> Parse(SitePlan plan, ParseCache parses, DiagnosticBag diagnostics)
    {
        var sources = plan.AllArticles.Select(a => a.Source).DistinctBy(s => s.FullPath).ToList();
        var results = new ArticleParse[sources.Count];
        Parallel.For(0, sources.Count, Parallelism.Options, i => results[i] = parses.Parse(sources[i], diagnostics));
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
        Parallel.ForEach(pages, Parallelism.Options, article => ArticleRenderer.ResolveLinks(parsed[article.Source.FullPath].Links, article, resolver, out _));
        resolver.ReportMissingAnchors(path => parsed.TryGetValue(path, out var parse) ? parse.Ids : null);
    }
}
