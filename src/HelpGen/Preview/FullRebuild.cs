using System.Collections.Immutable;
using HelpGen.Building;
using HelpGen.Configuration;
using HelpGen.Content;
using HelpGen.Diagnostics;
using HelpGen.Theming;

namespace HelpGen.Preview;

/// <summary>
/// Builds the whole site the way <see cref="SiteBuilder.Build"/> does (same stages, same order), but keeps the
/// plan and theme for later incremental rebuilds and takes parsed articles from the <see cref="ParseCache"/>.
/// </summary>
internal static class FullRebuild
{
    /// <param name="theme">The theme of the previous build when the theme folder did not change, else null to load it.</param>
    /// <returns>The snapshot, or null when site.yml, the source folder or the theme is unusable.</returns>
    public static PreviewSnapshot? Run(BuildOptions options, Theme? theme, ParseCache cache, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(options.SourceDirectory))
        {
            diagnostics.Error(DiagnosticCodes.SourceFolderMissing, $"source folder '{options.SourceDirectory}' does not exist (use --source to pick the folder with site.yml)");
            return null;
        }

        var config = SiteConfigLoader.Load(options.SourceDirectory, diagnostics);
        theme ??= SiteBuilder.LoadTheme(options, diagnostics);
        if (config is null || theme is null) return null;
        if (options.BaseUrlOverride is { } baseUrl) config = config with { BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/" };

        var content = ContentLoader.Load(options.SourceDirectory, config, diagnostics);
        var plan = SitePlanner.Plan(content, options.IncludeDrafts);
        var files = SiteBuilder.Render(plan, theme, options, diagnostics, cache.Parse);
        cache.Retain(content.Articles.Select(a => a.FullPath).ToHashSet(StringComparer.Ordinal));
        var ids = cache.Parsed.ToImmutableDictionary(p => p.Key, p => p.Value.Ids, StringComparer.Ordinal);
        var sources = content.Articles.ToImmutableDictionary(a => a.FullPath, StringComparer.Ordinal);
        var byPath = files.ToImmutableDictionary(f => f.Path, StringComparer.Ordinal);
        return new PreviewSnapshot(options, plan, theme, byPath, diagnostics.Sorted, ids, sources);
    }
}
