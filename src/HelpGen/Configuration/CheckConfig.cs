namespace HelpGen.Configuration;

/// <summary>
/// Settings for <c>helpgen check</c>: URL patterns (regular expressions) never reported, and whether links may
/// leave out <c>.html</c> (<c>prettyUrls</c>, as Netlify, GitHub Pages and Cloudflare Pages serve them).
/// </summary>
public sealed record CheckConfig(IReadOnlyList<string> Ignore, bool PrettyUrls = false)
{
    public static readonly CheckConfig Empty = new(Array.Empty<string>());
}
