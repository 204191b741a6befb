using HelpGen.Diagnostics;

namespace HelpGen.Preview;

/// <summary>What one rebuild of the preview did, for the console and for live reload.</summary>
/// <param name="Version">The preview's version after this rebuild; it grows whenever a page or the error overlay changes.</param>
/// <param name="Kind">
/// <c>rebuild</c> (the stages re-run after saves: a new snapshot, pages rendered from it on request), <c>site</c> (the
/// whole-site work, search index, related articles, sitemap, aliases and host files, swapped in from the background),
/// <c>links</c> (after start: every article parsed and every page's links checked, in the background),
/// or <c>render</c> (a page rendered on request reported a problem, e.g. a theme failure).
/// </param>
/// <param name="Duration">Time from taking the saved files to serving the new snapshot (for <c>site</c>: the background work).</param>
/// <param name="Accepted">False when the rebuild added errors: the previous pages stay served, with the error overlay.</param>
/// <param name="ChangedFiles">
/// Site paths whose bytes changed (or that appeared or disappeared), ordinal order: among pages, those served before
/// (pages never requested are not rendered to compare; no browser has them open).
/// </param>
/// <param name="Diagnostics">Every diagnostic of the source as it is now.</param>
/// <param name="OverlayChanged">True when the list of errors shown on every page changed, so every page should reload.</param>
public sealed record RebuildReport(
    long Version,
    string Kind,
    TimeSpan Duration,
    bool Accepted,
    IReadOnlyList<string> ChangedFiles,
    IReadOnlyList<Diagnostic> Diagnostics,
    bool OverlayChanged)
{
    /// <summary>For <c>site</c>: the locales whose search index and related articles were kept, none of their articles having changed.</summary>
    public IReadOnlyList<string> KeptLocales { get; init; } = [];

    public int ChangedPages => ChangedFiles.Count(f => f.EndsWith(".html", StringComparison.Ordinal));
}
