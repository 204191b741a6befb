using HelpGen.Configuration;
using HelpGen.Content;
using HelpGen.Diagnostics;
using HelpGen.Output;

namespace HelpGen.Markdown;

/// <summary>
/// Rewrites links written in Markdown for one page: <c>xref:key#anchor</c> and relative <c>.md</c> links
/// become URLs of the target article (same locale, else a locale of the same language, else the fallback);
/// asset paths become URLs of the copied file. Anything it cannot resolve is a diagnostic. Thread-safe.
/// Links with an <c>#anchor</c> to another article are remembered and checked by <see cref="ReportMissingAnchors"/>
/// once every article is parsed, so pages can be rendered before their link targets.
/// </summary>
public sealed class LinkResolver(SitePlan plan, LinkStyle style, DiagnosticBag diagnostics)
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<PendingAnchor> _anchors = new();
    private readonly HashSet<string> _assets = plan.Content.Assets.Select(a => a.SitePath).ToHashSet(StringComparer.Ordinal);
    private readonly string _root = plan.Content.SourceRoot;

    /// <summary>The URL to write for <paramref name="url"/>, or null to keep it as written.</summary>
    public string? Resolve(LocalizedArticle page, string url, int line, int column, bool isImage)
    {
        if (url.StartsWith("xref:", StringComparison.Ordinal))
        {
            var (key, anchor) = SplitFragment(url[5..].Trim('/'));
            return ResolveArticle(page, key, anchor, url, line, column);
        }

        if (url.Length == 0 || url.StartsWith('#') || MarkdownParser.IsExternal(url)) return null;
        var (path, fragment) = SplitFragment(url);
        var query = path.IndexOf('?');
        if (query >= 0) path = path[..query];
        path = Uri.UnescapeDataString(path);
        if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            var key = KeyOfMarkdownPath(page.Source, path);
            return ResolveArticle(page, key ?? path, fragment, url, line, column);
        }

        var sitePath = SitePathOfFile(page.Source, path);
        var what = isImage ? "image" : "file";
        if (sitePath is null || !sitePath.StartsWith("assets/", StringComparison.Ordinal))
        {
            // Only assets/ is published: an image or file anywhere else would be a broken link in the site.
            if (isImage || NamesFile(path)) diagnostics.Error(DiagnosticCodes.MissingResource, $"{what} '{url}' is not under assets/ in the source folder, so it is not published: move it there", page.Source.DisplayPath, line, column);
            return null;
        }

        if (!_assets.Contains(sitePath))
        {
            diagnostics.Error(DiagnosticCodes.MissingResource, $"{what} '{url}' not found (looked for {sitePath} in the source folder)", page.Source.DisplayPath, line, column);
            return null;
        }

        return SitePaths.Relative(page.SitePath, LocalizedAsset(sitePath, page.Locale)) + (fragment is null ? string.Empty : "#" + fragment);
    }

    /// <summary>
    /// The locale's own version of an asset when there is one, by the rule of article variants: <c>menu.kz.svg</c>
    /// for the locale's country first, then <c>menu.ru.svg</c> for its language, else the asset itself.
    /// </summary>
    private string LocalizedAsset(string sitePath, LocaleConfig locale)
    {
        var dot = sitePath.LastIndexOf('.');
        if (dot <= sitePath.LastIndexOf('/')) return sitePath;
        foreach (var suffix in new[] { locale.Country.ToLowerInvariant(), locale.Language.ToLowerInvariant() })
        {
            var twin = $"{sitePath[..dot]}.{suffix}{sitePath[dot..]}";
            if (_assets.Contains(twin)) return twin;
        }

        return sitePath;
    }

    private string? ResolveArticle(LocalizedArticle page, string key, string? anchor, string written, int line, int column)
    {
        var target = plan.LinkTarget(page.Locale, key);
        if (target is null)
        {
            // No locale in the message: the same link fails in every locale showing the article and must be reported once.
            var draft = plan.Content.Articles.Any(a => a.Key == key && a.FrontMatter.Draft) ? " (it is a draft: build with --drafts)" : string.Empty;
            diagnostics.Error(DiagnosticCodes.UnresolvedXref, $"'{written}' names no article{draft}", page.Source.DisplayPath, line, column);
            return null;
        }

        if (anchor is not null) _anchors.Enqueue(new PendingAnchor(target.Source, Uri.UnescapeDataString(anchor), written, page.Source.DisplayPath, line, column));

        var url = SitePaths.Page(page.SitePath, target.SitePath, style);
        return anchor is null ? url : $"{url}#{anchor}";
    }

    /// <summary>
    /// Reports each remembered link whose anchor is not an id of its target (HG2002), then forgets them.
    /// <paramref name="idsOf"/> gives a source file's ids, or null when it was not parsed (the link is not checked).
    /// </summary>
    public void ReportMissingAnchors(Func<string, IReadOnlySet<string>?> idsOf)
    {
        while (_anchors.TryDequeue(out var link))
        {
            if (idsOf(link.Target.FullPath) is { } ids && !ids.Contains(link.Anchor))
            {
                diagnostics.Error(DiagnosticCodes.MissingAnchor, $"'{link.Written}': '{link.Target.DisplayPath}' has no heading with id '{link.Anchor}'", link.File, link.Line, link.Column);
            }
        }
    }

    /// <summary>The article key a relative <c>.md</c> path names: <c>../payouts/set-up.kz.md</c> → <c>payouts/set-up</c>.</summary>
    private string? KeyOfMarkdownPath(SourceArticle from, string path) =>
        _keys.GetOrAdd((Path.GetDirectoryName(from.FullPath)!, path), static (link, root) => KeyOf(root, link.Folder, link.Path), _root);

    /// <summary>The keys of relative .md links by the linking file's folder and the link (the same links recur on many pages).</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Folder, string Path), string?> _keys = new();

    private static string? KeyOf(string root, string folder, string path)
    {
        var full = Path.GetFullPath(Path.Combine(folder, path));
        var relative = Path.GetRelativePath(root, full).Replace('\\', '/').Split('/');
        if (relative.Length != 3 || relative[0] == "..") return null;
        var file = relative[2][..^3];
        var dot = file.LastIndexOf('.');
        return $"{relative[1]}/{(dot > 0 ? file[..dot] : file)}";
    }

    /// <summary>The site path of a file link, relative to the .md file or root-style (<c>/assets/...</c>); null outside the source.</summary>
    private string? SitePathOfFile(SourceArticle from, string path)
    {
        var full = path.StartsWith('/')
            ? Path.GetFullPath(Path.Combine(_root, path.TrimStart('/')))
            : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(from.FullPath)!, path));
        var relative = Path.GetRelativePath(_root, full).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? null : relative;
    }

    /// <summary>True when the last segment has an extension other than .html: a file to download, not a page.</summary>
    private static bool NamesFile(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        var dot = name.LastIndexOf('.');
        return dot > 0 && !name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
    }

    private static (string Path, string? Fragment) SplitFragment(string url)
    {
        var hash = url.IndexOf('#');
        return hash < 0 ? (url, null) : (url[..hash], url[(hash + 1)..]);
    }

    private sealed record PendingAnchor(SourceArticle Target, string Anchor, string Written, string File, int Line, int Column);
}
