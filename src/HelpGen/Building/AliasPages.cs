using System.Net;
using System.Text;
using HelpGen.Content;
using HelpGen.Diagnostics;
using HelpGen.Output;

namespace HelpGen.Building;

/// <summary>
/// Redirect pages for <c>aliases:</c> (old paths from the site root). A path ending in .html is written as
/// that file, any other as &lt;path&gt;/index.html. Paths that escape the site or collide are errors.
/// </summary>
public static class AliasPages
{
    public static IEnumerable<OutputFile> Create(SitePlan plan, IReadOnlySet<string> taken, DiagnosticBag diagnostics)
    {
        var written = new Dictionary<string, SourceArticle>(StringComparer.OrdinalIgnoreCase);
        var sources = plan.AllArticles.Select(a => a.Source).DistinctBy(s => s.FullPath).OrderBy(s => s.DisplayPath, StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var target = plan.PageOf(source);
            if (target is null) continue;
            foreach (var alias in source.FrontMatter.Aliases)
            {
                var path = AliasPath.FilePath(alias);
                if (path is null)
                {
                    diagnostics.Error(DiagnosticCodes.AliasInvalid, $"alias '{alias}' must be a path from the site root like /old/page.html, without '..', '\\' or a query", source.DisplayPath);
                }
                else if (Collides(path, taken) || written.ContainsKey(path))
                {
                    var other = written.TryGetValue(path, out var first) ? $"the alias of '{first.DisplayPath}'" : "a page of the site";
                    diagnostics.Error(DiagnosticCodes.AliasCollision, $"alias '{alias}' would overwrite {other} ({path})", source.DisplayPath);
                }
                else
                {
                    written[path] = source;
                    yield return Redirect(path, target, plan.Config.BaseUrl);
                }
            }
        }
    }

    /// <summary>Where an alias of <paramref name="source"/> leads: the article in the first locale of its language that shows it.</summary>
    internal static LocalizedArticle? TargetOf(SitePlan plan, SourceArticle source) => plan.PageOf(source);

    /// <summary>
    /// True when the alias would overwrite a file of the site, turn one of its files into a folder or a folder
    /// into a file, or land in theme/ (the theme's assets, not known here).
    /// </summary>
    private static bool Collides(string path, IReadOnlySet<string> taken)
    {
        if (taken.Contains(path) || path.StartsWith("theme/", StringComparison.OrdinalIgnoreCase)) return true;
        for (var slash = path.IndexOf('/'); slash >= 0; slash = path.IndexOf('/', slash + 1))
        {
            if (taken.Contains(path[..slash])) return true;
        }

        var folder = path + "/";
        return taken.Any(t => t.StartsWith(folder, StringComparison.Ordinal));
    }

    private static OutputFile Redirect(string path, LocalizedArticle target, string? baseUrl)
    {
        var folder = path[..(path.LastIndexOf('/') + 1)];
        var url = WebUtility.HtmlEncode(SitePaths.Relative(folder, target.SitePath));
        var canonical = WebUtility.HtmlEncode(baseUrl is null ? SitePaths.Relative(folder, target.SitePath) : baseUrl + target.SitePath);
        var title = WebUtility.HtmlEncode(target.Source.FrontMatter.Title);
        var html = $"""
            <!DOCTYPE html>
            <html lang="{target.Locale.Bcp47}">
            <head>
            <meta charset="utf-8">
            <title>{title}</title>
            <meta http-equiv="refresh" content="0; url={url}">
            <link rel="canonical" href="{canonical}">
            <meta name="robots" content="noindex">
            </head>
            <body>
            <p><a href="{url}">{title}</a></p>
            </body>
            </html>

            """;
        return new OutputFile(path, new UTF8Encoding(false).GetBytes(html));
    }
}
