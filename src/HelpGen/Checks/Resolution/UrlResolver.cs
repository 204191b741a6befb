using System.Text.RegularExpressions;

namespace HelpGen.Checks.Resolution;

/// <summary>
/// Classifies a URL found in a page and resolves it the way a browser would: relative and root-relative paths,
/// dot segments, percent-encoding and Unicode, fragments (a text directive <c>:~:text=</c> is not part of the id);
/// absolute URLs under the site's base URL count as internal, and an absolute &lt;base href&gt; outside the site
/// makes the page's relative links external. <c>file:</c> URLs and http(s) URLs without a host are invalid for
/// every reader. Other schemes (mailto:, tel:, javascript:, data: and the like) are skipped.
/// </summary>
internal sealed partial class UrlResolver
{
    private const string TextDirective = ":~:";

    private static readonly Uri SiteRoot = new("https://site.invalid/");

    private readonly string? _baseUrl;

    public UrlResolver(string? baseUrl)
    {
        _baseUrl = string.IsNullOrWhiteSpace(baseUrl) ? null : baseUrl.TrimEnd('/') + "/";
    }

    /// <summary>Resolves <paramref name="href"/> found in <paramref name="pagePath"/> (relative to the site root).</summary>
    public ResolvedTarget Resolve(string pagePath, string href, string? baseHref = null) =>
        Resolve(PageUri(pagePath, baseHref), href);

    /// <summary>Resolves <paramref name="href"/> against a page address from <see cref="PageUri"/> (computed once per page).</summary>
    public ResolvedTarget Resolve(Uri page, string href)
    {
        var trimmed = CleanHref(href);
        if (trimmed.Length == 0)
        {
            return ResolvedTarget.Skipped;
        }

        var scheme = SchemePattern().Match(trimmed);
        if (scheme.Success)
        {
            return ResolveAbsolute(trimmed, scheme.Groups[1].Value);
        }

        if (trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return ResolveAbsolute(page.Scheme + ":" + trimmed, page.Scheme);
        }

        if (page.Host != SiteRoot.Host)
        {
            return Uri.TryCreate(page, trimmed, out var external)
                ? ResolveAbsolute(external.AbsoluteUri, external.Scheme)
                : ResolvedTarget.Invalid(href, "it cannot be resolved against the page's <base href>");
        }

        return ResolveRelative(page, trimmed);
    }

    private ResolvedTarget ResolveAbsolute(string url, string scheme)
    {
        if (scheme.Equals("xref", StringComparison.OrdinalIgnoreCase))
        {
            return new ResolvedTarget(TargetKind.Xref, url);
        }

        if (scheme.Equals("file", StringComparison.OrdinalIgnoreCase))
        {
            return ResolvedTarget.Invalid(url, "a file: URL opens a file on the reader's own computer");
        }

        if (!scheme.Equals("http", StringComparison.OrdinalIgnoreCase) && !scheme.Equals("https", StringComparison.OrdinalIgnoreCase))
        {
            return ResolvedTarget.Skipped;
        }

        if (_baseUrl is not null && url.StartsWith(_baseUrl, StringComparison.OrdinalIgnoreCase))
        {
            return ResolveRelative(SiteRoot, "/" + url[_baseUrl.Length..]);
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? new ResolvedTarget(TargetKind.External, url)
            : ResolvedTarget.Invalid(url, "it names no host");
    }

    private static ResolvedTarget ResolveRelative(Uri page, string href)
    {
        var hash = href.IndexOf('#');
        var path = JoinPlain(page.AbsolutePath, hash < 0 ? href : href.AsSpan(0, hash));
        if (path is null)
        {
            if (!Uri.TryCreate(page, href, out var uri) || uri.Host != SiteRoot.Host)
            {
                return ResolvedTarget.Invalid(href, "it cannot be parsed");
            }

            path = Uri.UnescapeDataString(uri.AbsolutePath).TrimStart('/');
        }

        if (hash < 0)
        {
            return new ResolvedTarget(TargetKind.Internal, path);
        }

        var raw = href[(hash + 1)..];
        var directive = raw.IndexOf(TextDirective, StringComparison.Ordinal);
        raw = directive < 0 ? raw : raw[..directive];
        return new ResolvedTarget(TargetKind.Internal, path, Uri.UnescapeDataString(raw), raw);
    }

    /// <summary>
    /// The site path (without the leading '/') that <paramref name="href"/>, a path without query or fragment, names
    /// on the page at <paramref name="pagePath"/>, when both hold only characters a URL keeps as they are (letters,
    /// digits, <c>- . _ ~ /</c>): what <see cref="Uri"/> computes, dot segments removed, without building one (most
    /// links of a generated site are such paths). Null for anything else, and for <c>//host</c> (another site).
    /// </summary>
    internal static string? JoinPlain(string pagePath, ReadOnlySpan<char> href)
    {
        if (!IsPlain(pagePath) || !IsPlain(href) || pagePath.Length == 0 || pagePath[0] != '/' || href.StartsWith("//"))
        {
            return null;
        }

        var joined = href.Length == 0 ? pagePath
            : href[0] == '/' ? href.ToString()
            : string.Concat(pagePath.AsSpan(0, pagePath.LastIndexOf('/') + 1), href);
        if (!joined.Contains("/.", StringComparison.Ordinal))
        {
            return joined.TrimStart('/');
        }

        // RFC 3986 section 5.2.4: "." is dropped, ".." drops the segment before it; either one last keeps a trailing '/'.
        var segments = joined.Split('/');
        var kept = new List<string>(segments.Length);
        for (var i = 1; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            switch (segments[i])
            {
                case ".":
                    if (last) kept.Add(string.Empty);
                    break;
                case "..":
                    if (kept.Count > 0) kept.RemoveAt(kept.Count - 1);
                    if (last) kept.Add(string.Empty);
                    break;
                default:
                    kept.Add(segments[i]);
                    break;
            }
        }

        return string.Join('/', kept).TrimStart('/');
    }

    private static bool IsPlain(ReadOnlySpan<char> text) => !text.ContainsAnyExcept(PlainChars);

    private static readonly System.Buffers.SearchValues<char> PlainChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/");

    /// <summary>
    /// The address links in <paramref name="pagePath"/> resolve against: the page itself, or its &lt;base href&gt;
    /// (inside the site, or an absolute http(s) address elsewhere, which makes relative links external).
    /// </summary>
    public static Uri PageUri(string pagePath, string? baseHref)
    {
        var page = new Uri(SiteRoot, Uri.EscapeDataString(pagePath).Replace("%2F", "/", StringComparison.Ordinal));
        if (baseHref is null || !Uri.TryCreate(page, CleanHref(baseHref), out var based))
        {
            return page;
        }

        return based.Host == SiteRoot.Host || (based.Scheme is "http" or "https" && based.Host.Length > 0) ? based : page;
    }

    /// <summary>Browsers strip leading/trailing spaces and drop tabs and newlines anywhere in a URL.</summary>
    private static string CleanHref(string href)
    {
        var trimmed = href.Trim();
        return trimmed.AsSpan().IndexOfAny('\t', '\n', '\r') < 0
            ? trimmed
            : trimmed.Replace("\t", string.Empty, StringComparison.Ordinal)
                .Replace("\n", string.Empty, StringComparison.Ordinal)
                .Replace("\r", string.Empty, StringComparison.Ordinal);
    }

    [GeneratedRegex("^([a-zA-Z][a-zA-Z0-9+.-]*):")]
    private static partial Regex SchemePattern();
}
