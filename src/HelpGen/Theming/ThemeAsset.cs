namespace HelpGen.Theming;

/// <summary>
/// A static file of the theme (CSS, script, image) to publish at <see cref="SitePath"/>, its fingerprinted name
/// (e.g. <c>theme/style.3f9a1c2e.css</c>); <see cref="Name"/> is its path under <c>assets/</c> (<c>style.css</c>),
/// the name templates pass to <c>asset_url</c>.
/// </summary>
public sealed record ThemeAsset(string SitePath, byte[] Content, string Name);
