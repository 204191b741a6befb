using HelpGen.Building;
using HelpGen.Diagnostics;

namespace HelpGen.Preview;

/// <summary>
/// What the preview computes over the whole site in the background (<see cref="SiteStage"/>) for one snapshot: the
/// related articles of every article page, the files that need the whole site (search index, sitemap.xml,
/// robots.txt, alias redirects, host files) and the source's assets, with the diagnostics of that work (stage Site).
/// </summary>
internal sealed record SiteResult(
    PreviewSnapshot? Basis,
    RelatedArticles Related,
    SiteFiles Files,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Before the first background run: of no snapshot, no related articles, no site files.</summary>
    public static SiteResult Empty { get; } = new(null, RelatedArticles.None, SiteFiles.Empty, []);
}
