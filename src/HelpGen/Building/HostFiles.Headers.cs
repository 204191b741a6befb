using System.Text;
using System.Text.RegularExpressions;
using HelpGen.Content;

namespace HelpGen.Building;

/// <summary>
/// _headers: security headers for every path, then caching from general to specific (on Netlify the later
/// matching rule wins for the same header). Folders whose files all carry a content hash are immutable.
/// </summary>
public static partial class HostFiles
{
    public const string ImmutableCache = "public, max-age=31536000, immutable";
    public const string ShortCache = "public, max-age=0, must-revalidate";

    private static string Headers(SitePlan plan, IReadOnlySet<string> paths)
    {
        var text = new StringBuilder("# Written by helpgen build: security headers for every page, caching by kind of file.\n");
        Block(text, "/*",
            $"Content-Security-Policy: {ContentSecurityPolicy}",
            "X-Content-Type-Options: nosniff",
            "Referrer-Policy: strict-origin-when-cross-origin",
            "Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()",
            "X-Frame-Options: DENY",
            $"Cache-Control: {ShortCache}");
        Block(text, "/theme/*", $"Cache-Control: {(AllFingerprinted(paths, "theme/") ? ImmutableCache : "public, max-age=3600")}");
        foreach (var locale in plan.Config.Locales)
        {
            var search = $"{locale.Code}/search/";
            if (!AllFingerprinted(paths, search)) continue;
            Block(text, $"/{search}*", $"Cache-Control: {ImmutableCache}");
            Block(text, $"/{search}", $"Cache-Control: {ShortCache}");
            Block(text, $"/{search}index.html", $"Cache-Control: {ShortCache}");
            Block(text, $"/{search}manifest.json", $"Cache-Control: {ShortCache}");
        }

        return text.ToString();
    }

    /// <summary>True when the folder has files and every one, except the search page and manifest, has a hashed name.</summary>
    private static bool AllFingerprinted(IReadOnlySet<string> paths, string folder)
    {
        var inside = paths.Where(p => p.StartsWith(folder, StringComparison.Ordinal) && p.IndexOf('/', folder.Length) < 0)
            .Select(p => p[folder.Length..])
            .Where(name => name is not ("index.html" or "manifest.json"))
            .ToList();
        return inside.Count > 0 && inside.All(name => HashedName().IsMatch(name));
    }

    private static void Block(StringBuilder text, string path, params string[] headers)
    {
        text.Append(path).Append('\n');
        foreach (var header in headers) text.Append("  ").Append(header).Append('\n');
    }

    /// <summary>A fingerprinted file name: <c>name.&lt;8 or more hex digits&gt;.ext</c>.</summary>
    [GeneratedRegex(@"^[^/]+\.[0-9a-f]{8,}\.[a-z0-9]+$")]
    private static partial Regex HashedName();
}
