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
}
