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

    /// <summary>
    /// An empty set that a build fills locale by locale (<see cref="AddLocale"/>), each locale before its pages render,
    /// so only the outlines of the locale at hand need to be in memory.
    /// </summary>
    public static RelatedArticles Empty() => new();

    /// <summary>Computes the related articles of one locale's pages. Not thread-safe: call it while no page of that locale renders.</summary>
    public void AddLocale(LocalePlan locale, IReadOnlyList<SearchDocument> documents)
    {
        var urls = RelatedArticleFinder.Find(documents, locale.Locale.Language);
        var bySite = locale.Sections.SelectMany(s => s.Articles).ToDictionary(a => a.SitePath, StringComparer.Ordinal);
        foreach (var (page, list) in urls)
        {
            _byPage[page] = list.Select(u => bySite[u]).ToList();
        }
    }

    /// <summary>
    /// Takes the related articles of <paramref name="locale"/>'s pages from <paramref name="previous"/>, computed for a
    /// locale with the same articles (the preview, after an edit elsewhere); the lists are of this locale's articles.
    /// </summary>
    public void CopyLocale(RelatedArticles previous, LocalePlan locale)
    {
        var bySite = locale.Sections.SelectMany(s => s.Articles).ToDictionary(a => a.SitePath, StringComparer.Ordinal);
        foreach (var page in bySite.Keys)
        {
            if (previous._byPage.TryGetValue(page, out var list)) _byPage[page] = list.Select(r => bySite[r.SitePath]).ToList();
        }
    }

    /// <summary>The related articles of the page at <paramref name="sitePath"/>, best first (none when unknown).</summary>
    public IReadOnlyList<LocalizedArticle> Of(string sitePath) => _byPage.TryGetValue(sitePath, out var list) ? list : [];
}
