using HelpGen.Building;
using HelpGen.Checks.External;

namespace HelpGen.Checks;

/// <summary>How <see cref="LinkChecker"/> checks a site.</summary>
/// <param name="BaseUrl">The production address (site.yml's baseUrl or --base-url). Absolute links that start
/// with it (canonical, hreflang alternates) are checked as internal; null treats every absolute URL as external.</param>
/// <param name="Ignore">Regular expressions; a link whose href (or absolute URL) matches one is never checked or reported.</param>
/// <param name="LocaleOrder">Locale codes in site.yml order. A problem shown by several locales is reported with the
/// page of the first of them; pages outside these locales come after, in ordinal order.</param>
/// <param name="External">Settings for checking external http(s) links, or null to skip them (the default).</param>
/// <param name="Progress">Receives page counts while pages are parsed and, with <see cref="External"/>, URL counts overall and per host; the library never prints.</param>
/// <param name="PrettyUrls">Accept a link to <c>about</c> when only <c>about.html</c> exists, as Netlify, GitHub Pages and
/// Cloudflare Pages serve it (site.yml's <c>check.prettyUrls</c>, <c>--pretty-urls</c>); off by default.</param>
/// <param name="DisplayRoot">How problems in a folder of HTML name it (<c>_site</c> gives <c>_site/en-us/index.html</c>);
/// null shows the folder as it was passed to <see cref="LinkChecker.CheckDirectoryAsync"/>.</param>
public sealed record CheckOptions(
    string? BaseUrl = null,
    IReadOnlyList<string>? Ignore = null,
    IReadOnlyList<string>? LocaleOrder = null,
    ExternalCheckOptions? External = null,
    IProgress<BuildProgress>? Progress = null,
    bool PrettyUrls = false,
    string? DisplayRoot = null)
{
    public static readonly CheckOptions Default = new();
}
