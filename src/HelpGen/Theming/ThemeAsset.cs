namespace HelpGen.Theming;

/// <summary>A static file of the theme (CSS, script, image) to publish at <see cref="SitePath"/>, e.g. <c>theme/style.css</c>.</summary>
public sealed record ThemeAsset(string SitePath, byte[] Content);
