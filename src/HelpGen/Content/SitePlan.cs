using HelpGen.Configuration;

namespace HelpGen.Content;

/// <summary>
/// Which articles each locale shows, in order: the result of applying languages, countries,
/// variants, drafts and fallback to a <see cref="ContentSet"/>.
/// </summary>
public sealed class SitePlan
{
    private readonly Dictionary<(string Locale, string Key), LocalizedArticle> _byKey;

    public SitePlan(ContentSet content, IReadOnlyList<LocalePlan> locales)
    {
        Content = content;
        Locales = locales;
        _byKey = locales
            .SelectMany(l => l.Sections.SelectMany(s => s.Articles))
            .ToDictionary(a => (a.Locale.Code, a.Key));
    }

    public ContentSet Content { get; }

    public SiteConfig Config => Content.Config;

    public IReadOnlyList<LocalePlan> Locales { get; }

    public IEnumerable<LocalizedArticle> AllArticles => Locales.SelectMany(l => l.Articles);

    /// <summary>The article <paramref name="key"/> as <paramref name="localeCode"/> shows it, or null.</summary>
    public LocalizedArticle? Find(string localeCode, string key) =>
        _byKey.GetValueOrDefault((localeCode, key));

    /// <summary>
    /// The page a link from <paramref name="from"/> to article <paramref name="key"/> goes to: the article in the same
    /// locale, else in the first locale of the same language that shows it, else in the first fallback-language
    /// locale that shows it; null when no locale shows it.
    /// </summary>
    public LocalizedArticle? LinkTarget(LocaleConfig from, string key) =>
        Candidates(from.Code, from.Language, key).FirstOrDefault();

    /// <summary>
    /// The page that shows <paramref name="source"/> itself, by the same rule as <see cref="LinkTarget"/> from its
    /// own language (the first locale of the language showing this file, not a country variant); null when none does.
    /// </summary>
    public LocalizedArticle? PageOf(SourceArticle source) =>
        Candidates(localeCode: null, source.Language, source.Key).FirstOrDefault(a => a.Source == source);

    private IEnumerable<LocalizedArticle> Candidates(string? localeCode, string language, string key)
    {
        if (localeCode is not null && Find(localeCode, key) is { } same) yield return same;
        foreach (var locale in Locales.Where(l => l.Locale.Language == language))
        {
            if (Find(locale.Locale.Code, key) is { } inLanguage) yield return inLanguage;
        }

        foreach (var locale in Locales.Where(l => l.Locale.Language == Config.Fallback))
        {
            if (Find(locale.Locale.Code, key) is { } inFallback) yield return inFallback;
        }
    }
}
