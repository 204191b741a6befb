using System.Text;
using System.Text.RegularExpressions;
using HelpGen.Output;

namespace HelpGen.Theming;

/// <summary>
/// Gives every theme asset a content hash in its published name. Stylesheets are rewritten first where their
/// <c>url(...)</c> names another (non-CSS) asset by a relative path, so they keep pointing at the hashed names.
/// </summary>
internal static partial class AssetFingerprinter
{
    /// <param name="assets">Path under <c>assets/</c> → content, in ordinal order.</param>
    public static IReadOnlyList<ThemeAsset> Apply(IReadOnlyList<KeyValuePair<string, byte[]>> assets)
    {
        var hashed = assets.Where(a => !IsCss(a.Key)).ToDictionary(a => a.Key, a => Fingerprint.Apply(a.Key, a.Value), StringComparer.Ordinal);
        return assets
            .Select(a => IsCss(a.Key) ? KeyValuePair.Create(a.Key, RewriteUrls(a.Key, a.Value, hashed)) : a)
            .Select(a => new ThemeAsset("theme/" + (hashed.GetValueOrDefault(a.Key) ?? Fingerprint.Apply(a.Key, a.Value)), a.Value, a.Key))
            .ToList();
    }

    private static bool IsCss(string path) => path.EndsWith(".css", StringComparison.OrdinalIgnoreCase);

    private static byte[] RewriteUrls(string cssPath, byte[] content, Dictionary<string, string> hashed)
    {
        var folder = cssPath.Contains('/') ? cssPath[..(cssPath.LastIndexOf('/') + 1)] : string.Empty;
        var text = Encoding.UTF8.GetString(content);
        var rewritten = CssUrl().Replace(text, match =>
        {
            var url = match.Groups["url"].Value;
            var target = Resolve(folder, url);
            if (target is null || !hashed.TryGetValue(target, out var name)) return match.Value;
            var renamed = url[..(url.LastIndexOf('/') + 1)] + name[(name.LastIndexOf('/') + 1)..];
            return $"url({match.Groups["quote"].Value}{renamed}{match.Groups["quote"].Value})";
        });
        return rewritten == text ? content : Encoding.UTF8.GetBytes(rewritten);
    }

    /// <summary>The asset path a relative URL in a stylesheet of <paramref name="folder"/> names, or null (absolute, data:, query).</summary>
    private static string? Resolve(string folder, string url)
    {
        if (url.Length == 0 || url.StartsWith('/') || url.Contains(':') || url.IndexOfAny(['?', '#']) >= 0) return null;
        var segments = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var segment in url.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count == 0) return null;
                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment is not ("." or "")) segments.Add(segment);
        }

        return string.Join('/', segments);
    }

    [GeneratedRegex(@"url\(\s*(?<quote>['""]?)(?<url>[^'""()\s]+)\k<quote>\s*\)")]
    private static partial Regex CssUrl();
}
