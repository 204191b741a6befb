using System.Collections.Immutable;
using HelpGen.Building;
using HelpGen.Content;
using HelpGen.Output;

namespace HelpGen.Preview;

/// <summary>
/// Rewrites the search index of some locales after incremental rebuilds. Indexing a 10,000-article locale takes
/// seconds, so <see cref="PreviewSite"/> runs this in the background after the new pages are already served.
/// The index is built exactly as <see cref="SiteBuilder"/> builds it, from the articles' current text and tags.
/// </summary>
internal static class SearchRefresh
{
    /// <summary>The snapshot's files with the search index files of <paramref name="localeCodes"/> built again.</summary>
    public static ImmutableDictionary<string, OutputFile> Apply(PreviewSnapshot snapshot, IReadOnlySet<string> localeCodes, ParseCache cache)
    {
        var plan = CurrentPlan(snapshot, localeCodes);
        var indexes = SiteBuilder.SearchIndexes(plan, snapshot.Options.LinkStyle, source => cache.Peek(source));
        var files = snapshot.Files.ToBuilder();
        files.RemoveRange(snapshot.Files.Keys.Where(path => IsSearchIndex(path, localeCodes)));
        foreach (var file in indexes) files[file.Path] = file;
        return files.ToImmutable();
    }

    /// <summary>The files under <c>&lt;locale&gt;/search/</c> except the search page itself.</summary>
    private static bool IsSearchIndex(string path, IReadOnlySet<string> localeCodes)
    {
        var slash = path.IndexOf('/');
        return slash > 0
            && localeCodes.Contains(path[..slash])
            && path.AsSpan(slash).StartsWith("/search/", StringComparison.Ordinal)
            && path != $"{path[..slash]}/search/index.html";
    }

    /// <summary>The plan of the chosen locales with every article's current source (incremental rebuilds keep the old plan).</summary>
    private static SitePlan CurrentPlan(PreviewSnapshot snapshot, IReadOnlySet<string> localeCodes)
    {
        var sources = snapshot.SourcesByPath;
        var plan = snapshot.Plan;
        var content = plan.Content with { Articles = plan.Content.Articles.Select(a => sources.GetValueOrDefault(a.FullPath) ?? a).ToList() };
        var locales = plan.Locales
            .Where(l => localeCodes.Contains(l.Locale.Code))
            .Select(l => l with { Sections = l.Sections.Select(s => s with { Articles = s.Articles.Select(a => a with { Source = sources[a.Source.FullPath] }).ToList() }).ToList() })
            .ToList();
        return new SitePlan(content, locales);
    }
}
