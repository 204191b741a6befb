using System.Text;
using HelpGen.Content;
using HelpGen.Output;

namespace HelpGen.Building;

/// <summary>
/// The static host's files, read by Netlify and Cloudflare Pages: <c>_redirects</c> (aliases as 301, the root
/// to the reader's language, missing pages to the locale's 404) and <c>_headers</c> (Content-Security-Policy,
/// security headers, caching). Plain text, deterministic, derived from front matter and site.yml only.
/// The offline bundle leaves them out.
/// </summary>
public static partial class HostFiles
{
    public const string RedirectsFile = "_redirects";
    public const string HeadersFile = "_headers";

    /// <summary>The policy the default theme satisfies: no inline script or style, nothing from other origins.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>True for the files only a host reads (the offline bundle leaves them out).</summary>
    public static bool IsHostFile(string path) => path is RedirectsFile or HeadersFile;

    /// <param name="plan">The site: locales, articles and their aliases.</param>
    /// <param name="files">The paths of the site's other files, to find per-locale 404 pages and fingerprinted file names.</param>
    public static IEnumerable<OutputFile> Create(SitePlan plan, IEnumerable<string> files)
    {
        var paths = files.ToHashSet(StringComparer.Ordinal);
        yield return Text(RedirectsFile, Redirects(plan, paths));
        yield return Text(HeadersFile, Headers(plan, paths));
    }

    private static OutputFile Text(string path, string text) => new(path, new UTF8Encoding(false).GetBytes(text));

    /// <summary>A site path as a URL path from the root, each segment percent-encoded as the host files require.</summary>
    private static string UrlPath(string sitePath)
    {
        var segments = sitePath.Split('/').Select(Uri.EscapeDataString);
        return "/" + string.Join('/', segments);
    }
}
