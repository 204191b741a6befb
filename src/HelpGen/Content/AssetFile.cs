namespace HelpGen.Content;

/// <summary>A file under <c>articles/assets/</c>, copied to the site as it is.</summary>
/// <param name="SitePath">Path in the output, e.g. <c>assets/images/map.png</c>.</param>
public sealed record AssetFile(string SitePath, string FullPath);
