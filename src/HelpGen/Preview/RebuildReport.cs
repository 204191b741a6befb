using HelpGen.Diagnostics;

namespace HelpGen.Preview;

/// <summary>What one rebuild of the preview did, for the console and for live reload.</summary>
/// <param name="Version">The preview's version after this rebuild; it grows whenever a page or the error overlay changes.</param>
/// <param name="Kind">
/// <c>incremental</c> (only saved articles and what depends on them), <c>full</c>, or <c>search</c> (the search index
/// of the locales an incremental rebuild touched, built again in the background).
/// </param>
/// <param name="Duration">Time from taking the saved files to having the new pages ready to serve.</param>
/// <param name="Accepted">False when the rebuild added errors: the previous pages stay served, with the error overlay.</param>
/// <param name="ChangedFiles">Site paths whose bytes changed (or that appeared or disappeared), ordinal order.</param>
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
    public int ChangedPages => ChangedFiles.Count(f => f.EndsWith(".html", StringComparison.Ordinal));
}
