using System.Collections.Immutable;
using HelpGen.Building;
using HelpGen.Diagnostics;
using HelpGen.Theming;

namespace HelpGen.Preview;

/// <summary>
/// Builds the whole site with the stages of <see cref="SiteBuilder.Build"/>, but keeps the
/// plan and theme for later incremental rebuilds and takes parsed articles from the <see cref="ParseCache"/>.
/// </summary>
internal static class FullRebuild
{
    /// <param name="theme">The theme of the previous build when the theme folder did not change, else null to load it.</param>
    /// <returns>The snapshot, or null when site.yml, the source folder or the theme is unusable.</returns>
    public static PreviewSnapshot? Run(BuildOptions options, Theme? theme, ParseCache cache, DiagnosticBag diagnostics)
    {
        var prepared = SiteBuilder.Prepare(options, theme, diagnostics);
        if (prepared is null) return null;
        (var plan, theme) = prepared.Value;
        var content = plan.Content;
        var files = SiteBuilder.Render(plan, theme, options, diagnostics, cache.Parse);
        cache.Retain(content.Articles.Select(a => a.FullPath).ToHashSet(StringComparer.Ordinal));
        var ids = cache.Parsed.ToImmutableDictionary(p => p.Key, p => p.Value.Ids, StringComparer.Ordinal);
        var sources = content.Articles.ToImmutableDictionary(a => a.FullPath, StringComparer.Ordinal);
        var byPath = files.ToImmutableDictionary(f => f.Path, StringComparer.Ordinal);
        return new PreviewSnapshot(options, plan, theme, byPath, diagnostics.Sorted, ids, sources);
    }
}
