using HelpGen.Content;
using HelpGen.Markdown;

namespace HelpGen.Search;

/// <summary>
/// Turns what a locale shows into <see cref="SearchDocument"/>s: one per article of the locale's plan, in plan order,
/// with the section title in the locale's language. Articles the locale does not show (other countries) are never
/// included, because they are not in its plan. Fallback-language articles are included: the locale shows them.
/// </summary>
public static class SearchDocumentFactory
{
    /// <param name="locale">The locale's plan.</param>
    /// <param name="parse">The parsed article for a source file (the pipeline parses each file once).</param>
    /// <param name="fallbackLanguage">site.yml's <c>fallback</c>, for section titles missing in the locale's language.</param>
    public static IReadOnlyList<SearchDocument> ForLocale(LocalePlan locale, Func<SourceArticle, ParsedArticle> parse, string? fallbackLanguage) =>
        ForLocale(locale, source => parse(source).Outline, fallbackLanguage);

    /// <param name="locale">The locale's plan.</param>
    /// <param name="outline">The outline of a source file's parse (a build keeps outlines, not documents).</param>
    /// <param name="fallbackLanguage">site.yml's <c>fallback</c>, for section titles missing in the locale's language.</param>
    public static IReadOnlyList<SearchDocument> ForLocale(LocalePlan locale, Func<SourceArticle, ArticleOutline> outline, string? fallbackLanguage) =>
        ForLocale(locale, outline, fallbackLanguage, words: null);

    /// <inheritdoc cref="ForLocale(LocalePlan, Func{SourceArticle, ArticleOutline}, string?)"/>
    /// <param name="words">The words of a source file's outline when the caller keeps them (shared between locales); null tokenizes on first use.</param>
    internal static IReadOnlyList<SearchDocument> ForLocale(LocalePlan locale, Func<SourceArticle, ArticleOutline> outline, string? fallbackLanguage, Func<SourceArticle, ArticleWords>? words) =>
        locale.Sections
            .SelectMany(section => section.Articles.Select(article =>
            {
                var document = Create(article, section.Section.Title.Get(locale.Locale.Language, fallbackLanguage), outline(article.Source));
                return words is null ? document : document with { Words = words(article.Source) };
            }))
            .ToList();

    /// <summary>The words of a source file's searchable fields (the same in every locale showing it).</summary>
    internal static ArticleWords Words(ArticleOutline outline)
    {
        var front = outline.Source.FrontMatter;
        return ArticleWords.Of(front.Title, front.Summary, front.Tags, outline.Text);
    }

    /// <summary>
    /// The search document of one article as one locale shows it. Title, summary and tags come from
    /// <paramref name="parsed"/>'s source, so a caller whose plan holds an older copy of the file (the preview's
    /// incremental rebuild) gets the current text by passing the current parse.
    /// </summary>
    public static SearchDocument Create(LocalizedArticle article, string sectionTitle, ParsedArticle parsed) =>
        Create(article, sectionTitle, parsed.Outline);

    /// <summary>The search document of one article as one locale shows it, from the outline of its current parse.</summary>
    public static SearchDocument Create(LocalizedArticle article, string sectionTitle, ArticleOutline parsed)
    {
        var front = parsed.Source.FrontMatter;
        return new SearchDocument(article.SitePath, front.Title, front.Summary, article.Source.Section, sectionTitle, front.Tags, parsed.Text);
    }
}
