using HelpGen.Diagnostics;
using HelpGen.Configuration;

namespace HelpGen.Content;

/// <summary>Everything read from the source folder: configuration, articles and assets.</summary>
public sealed record ContentSet(
    string SourceRoot,
    SiteConfig Config,
    IReadOnlyList<SourceArticle> Articles,
    IReadOnlyList<AssetFile> Assets)
{
    /// <summary>How diagnostics show paths of this source folder.</summary>
    public DisplayPaths Display { get; init; } = DisplayPaths.Full;
}
