using HelpGen.Content;
using HelpGen.Markdown;
using HelpGen.Search;

namespace HelpGen.Building;

/// <summary>
/// The related articles of every article page, per locale, computed once per build with
/// <see cref="RelatedArticleFinder"/> from the same documents the search index is built from.
/// </summary>
public sealed class RelatedArticles
{
    private readonly Dictionary<string, IReadOnlyList<LocalizedArticle>> _byPage = new(StringComparer.Ordinal);

    private RelatedArticles()
    {
    }

    /// <summary>No related articles anywhere (pages rendered outside a full build).</summary>
    public static RelatedArticles None { get; } = new();

    public static RelatedArticles For(SitePlan plan, Func<SourceArticle, ParsedArticle> parse)
    {
        var related = new RelatedArticles();
        var found = plan.Locales.AsParallel().AsOrdered()
            .Select(l => (Locale: l, Urls: RelatedArticleFinder.Find(SearchDocumentFactory.ForLocale(l, parse, plan.Config.Fallback), l.Locale.Language)))
            .ToList();
        foreach (var (locale, urls) in found)
        {
            var bySite = locale.Sections.SelectMany(s => s.Articles).ToDictionary(a => a.SitePath, StringComparer.Ordinal);
            foreach (var (page, list) in urls)
            {
                related._byPage[page] = list.Select(u => bySite[u]).ToList();
            }
        }

        return related;
    }

    /// <summary>The related articles of the page at <paramref name="sitePath"/>, best first (none when unknown).</summary>
    public IReadOnlyList<LocalizedArticle> Of(string sitePath) => _byPage.TryGetValue(sitePath, out var list) ? list : [];
}
