using System.Globalization;
using HelpGen.Configuration;

namespace HelpGen.Content;

/// <summary>
/// Decides which article each locale shows: the locale's language, the country variant over the generic
/// file, <c>countries:</c> applicability, drafts, and the fallback language for untranslated articles.
/// </summary>
public static class SitePlanner
{
    public static SitePlan Plan(ContentSet content, bool includeDrafts)
    {
        var usable = content.Articles.Where(a => includeDrafts || !a.FrontMatter.Draft).ToList();
        var byLanguage = usable.ToLookup(a => a.Language);
        var locales = content.Config.Locales
            .Select(locale => PlanLocale(content.Config, locale, byLanguage))
            .ToList();
        return new SitePlan(content, locales);
    }

    private static LocalePlan PlanLocale(SiteConfig config, LocaleConfig locale, ILookup<string, SourceArticle> byLanguage)
    {
        var shown = Choose(locale, byLanguage[locale.Language]).ToList();
        if (config.Fallback is { } fallback && fallback != locale.Language)
        {
            var translated = byLanguage[locale.Language].Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
            shown.AddRange(Choose(locale, byLanguage[fallback]).Where(a => !translated.Contains(a.Key)));
        }

        var compare = TitleComparer(locale.Language);
        var sections = config.Sections
            .Select(section => new SectionPlan(section, shown
                .Where(a => a.Source.Section == section.Id)
                .OrderBy(a => a.Source.FrontMatter.Order ?? int.MaxValue)
                .ThenBy(a => a.Source.FrontMatter.Title, compare)
                .ThenBy(a => a.Source.FrontMatter.Title, StringComparer.Ordinal)
                .ThenBy(a => a.Key, StringComparer.Ordinal)
                .ToList()))
            .Where(s => s.Articles.Count > 0)
            .ToList();
        return new LocalePlan(locale, sections);
    }

    /// <summary>Per key, the country variant for the locale's country if there is one, else the generic file; then applicability.</summary>
    private static IEnumerable<LocalizedArticle> Choose(LocaleConfig locale, IEnumerable<SourceArticle> articles) =>
        articles
            .Where(a => a.Country is null || a.Country == locale.Country)
            .GroupBy(a => a.Key, StringComparer.Ordinal)
            .Select(g => g.FirstOrDefault(a => a.Country is not null) ?? g.First())
            .Where(a => a.FrontMatter.AppliesTo(locale.Country))
            .Select(a => new LocalizedArticle(locale, a));

    private static StringComparer TitleComparer(string language)
    {
        try
        {
            return StringComparer.Create(CultureInfo.GetCultureInfo(language), ignoreCase: false);
        }
        catch (CultureNotFoundException)
        {
            return StringComparer.Ordinal;
        }
    }
}
