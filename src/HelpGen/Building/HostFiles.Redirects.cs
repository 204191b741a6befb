using System.Text;
using HelpGen.Content;

namespace HelpGen.Building;

/// <summary>_redirects: rules in the order the host tries them, the first match wins.</summary>
public static partial class HostFiles
{
    private static string Redirects(SitePlan plan, IReadOnlySet<string> paths)
    {
        var text = new StringBuilder("# Written by helpgen build from front matter (aliases) and site.yml (locales).\n");
        text.Append("# Aliases: permanent redirects; the alias pages stay for hosts that read no _redirects.\n");
        foreach (var (from, to) in Aliases(plan)) Rule(text, from, to, "301!");

        text.Append("# The root: the reader's language (and country), else the locale chooser at /.\n");
        var locales = plan.Config.Locales;
        foreach (var locale in locales)
        {
            Rule(text, "/", $"/{locale.Code}/", "302!", $"Language={locale.Language}", $"Country={locale.Country.ToLowerInvariant()}");
        }

        foreach (var language in locales.GroupBy(l => l.Language))
        {
            Rule(text, "/", $"/{language.First().Code}/", "302!", $"Language={language.Key}");
        }

        text.Append("# Missing pages: the locale's 404 page, else the site's.\n");
        foreach (var locale in locales)
        {
            var notFound = paths.Contains($"{locale.Code}/404.html") ? $"/{locale.Code}/404.html" : "/404.html";
            Rule(text, $"/{locale.Code}/*", notFound, "404");
        }

        return text.ToString();
    }

    /// <summary>Every valid alias with the URL of its article, ordered by alias (invalid ones are AliasPages' errors).</summary>
    private static IEnumerable<(string From, string To)> Aliases(SitePlan plan)
    {
        var aliases = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in plan.AllArticles.Select(a => a.Source).DistinctBy(s => s.FullPath))
        {
            if (AliasPages.TargetOf(plan, source) is not { } target) continue;
            foreach (var alias in source.FrontMatter.Aliases.Where(a => AliasPath.FilePath(a) is not null))
            {
                var from = UrlPath(string.Join('/', alias.Split('/', StringSplitOptions.RemoveEmptyEntries))) + (alias.EndsWith('/') ? "/" : string.Empty);
                aliases.TryAdd(from, UrlPath(target.SitePath));
            }
        }

        return aliases.Select(a => (a.Key, a.Value));
    }

    private static void Rule(StringBuilder text, string from, string to, string status, params string[] conditions)
    {
        text.Append(from).Append("  ").Append(to).Append("  ").Append(status);
        foreach (var condition in conditions) text.Append("  ").Append(condition);
        text.Append('\n');
    }
}
