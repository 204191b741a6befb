using HelpGen.Output;
namespace HelpGen.Building;

/// <summary>What to build: the source folder, the theme, and how links are written.</summary>
/// <param name="SourceDirectory">The folder holding site.yml.</param>
/// <param name="ThemeDirectory">A theme folder, or null for the theme embedded in helpgen.</param>
/// <param name="IncludeDrafts">Build articles marked <c>draft: true</c> too.</param>
/// <param name="BaseUrlOverride">Replaces site.yml's baseUrl when set.</param>
/// <param name="LinkStyle">Directory URLs for servers, or explicit index.html for file:// bundles.</param>
/// <param name="Locales">Build only these locale codes (the offline bundle); null or empty builds every locale.</param>
/// <param name="UseCache">Skip a build into a folder when its inputs and output are unchanged (see <c>BuildCache</c>; build only).</param>
/// <param name="DisplayRoot">Diagnostics show file paths relative to this folder (the CLI passes its working folder); full paths when null.</param>
/// <param name="KeepOutputOnErrors">Return the site even when content has errors (check and serve need it; build does not).</param>
/// <param name="Progress">Receives stage progress (<see cref="BuildProgress"/>); null for none.</param>
public sealed record BuildOptions(
    string SourceDirectory,
    string? ThemeDirectory = null,
    bool IncludeDrafts = false,
    string? BaseUrlOverride = null,
    LinkStyle LinkStyle = LinkStyle.Directory,
    bool KeepOutputOnErrors = false,
    IReadOnlyList<string>? Locales = null,
    string? DisplayRoot = null,
    bool UseCache = false,
    IProgress<BuildProgress>? Progress = null);
