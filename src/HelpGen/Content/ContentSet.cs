using HelpGen.Configuration;

namespace HelpGen.Content;

/// <summary>Everything read from the source folder: configuration, articles and assets.</summary>
public sealed record ContentSet(
    string SourceRoot,
    SiteConfig Config,
    IReadOnlyList<SourceArticle> Articles,
    IReadOnlyList<AssetFile> Assets);
