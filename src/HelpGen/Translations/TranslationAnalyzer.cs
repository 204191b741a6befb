using HelpGen.Configuration;
using HelpGen.Content;
using HelpGen.Diagnostics;

namespace HelpGen.Translations;

/// <summary>
/// Compares every language of every article with the reference language (site.yml's <c>fallback:</c>, else the
/// default locale's language) by front matter <c>updated</c> dates. Drafts are left out; a language or country
/// variant is expected only where a locale would show it.
/// </summary>
public static class TranslationAnalyzer
{
    /// <summary>Loads site.yml and the articles of <paramref name="sourceDirectory"/>; null when the configuration is unusable.</summary>
    public static TranslationReport? Analyze(string sourceDirectory, DiagnosticBag diagnostics, DisplayPaths? display = null)
    {
        if (!Directory.Exists(sourceDirectory))
        {
            diagnostics.Error(DiagnosticCodes.SourceFolderMissing, $"source folder '{sourceDirectory}' does not exist (use --source to pick the folder with site.yml)");
            return null;
        }

        var config = SiteConfigLoader.Load(sourceDirectory, diagnostics, display);
        return config is null ? null : Analyze(ContentLoader.Load(sourceDirectory, config, diagnostics, display));
    }

    public static TranslationReport Analyze(ContentSet content)
    {
        var config = content.Config;
        var reference = ReferenceLanguage(config);
        var languages = config.Languages.Where(l => l != reference).Prepend(reference).ToList();
        var articles = content.Articles.Where(a => !a.FrontMatter.Draft && languages.Contains(a.Language)).ToList();
        var entries = new List<TranslationEntry>();
        var keys = articles.GroupBy(a => a.Key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        foreach (var language in languages)
        {
            foreach (var key in keys)
            {
                entries.AddRange(ForKey(content, key.ToList(), language, reference));
            }
        }

        var summaries = languages.Select(l => Summarize(l, l == reference, entries.Where(e => e.Language == l).ToList())).ToList();
        return new TranslationReport(reference, keys.Count, summaries, entries);
    }

    /// <summary>The language translations are compared with: <c>fallback:</c>, else the default locale's.</summary>
    public static string ReferenceLanguage(SiteConfig config) =>
        config.Fallback ?? (config.Locales.FirstOrDefault(l => l.Code == config.DefaultLocale) ?? config.Locales[0]).Language;

    /// <summary>The entries of one key in one language: the generic file and each country variant some locale shows.</summary>
    private static IEnumerable<TranslationEntry> ForKey(ContentSet content, List<SourceArticle> files, string language, string reference)
    {
        var variants = files.Select(f => f.Country).Distinct().OrderBy(c => c, StringComparer.Ordinal);
        foreach (var country in variants)
        {
            var file = files.FirstOrDefault(f => f.Language == language && f.Country == country);
            var referenceFile = files.FirstOrDefault(f => f.Language == reference && f.Country == country)
                ?? (country is null ? null : files.FirstOrDefault(f => f.Language == reference && f.Country is null));
            var frontMatter = (file ?? referenceFile ?? files.First(f => f.Country == country)).FrontMatter;
            if (!Expected(content.Config, files, language, country, frontMatter)) continue;
            var status = file is null ? TranslationStatus.Missing
                : language == reference ? TranslationStatus.Present
                : Compare(file.FrontMatter.Updated, referenceFile?.FrontMatter.Updated);
            yield return new TranslationEntry(
                files[0].Key,
                language,
                country,
                status,
                file?.DisplayPath ?? ExpectedPath(content, files[0], language, country),
                file?.FrontMatter.Updated,
                referenceFile?.DisplayPath,
                referenceFile?.FrontMatter.Updated);
        }
    }

    /// <summary>
    /// True when a locale of <paramref name="language"/> would show this file: a variant needs a locale of its country,
    /// the generic file a locale whose country has no variant in that language; both must apply to that country.
    /// </summary>
    private static bool Expected(SiteConfig config, List<SourceArticle> files, string language, string? country, FrontMatter frontMatter) =>
        config.Locales.Any(locale =>
            locale.Language == language
            && frontMatter.AppliesTo(locale.Country)
            && (country is null
                ? !files.Any(f => f.Language == language && string.Equals(f.Country, locale.Country, StringComparison.OrdinalIgnoreCase))
                : string.Equals(locale.Country, country, StringComparison.OrdinalIgnoreCase)));

    private static TranslationStatus Compare(string? updated, string? referenceUpdated) =>
        referenceUpdated is null ? TranslationStatus.Present
        : updated is null ? TranslationStatus.Unknown
        : string.CompareOrdinal(updated, referenceUpdated) < 0 ? TranslationStatus.Outdated
        : TranslationStatus.Present;

    /// <summary>Where a missing translation belongs: <c>&lt;source&gt;/&lt;language&gt;/&lt;section&gt;/&lt;slug&gt;[.&lt;country&gt;].md</c>.</summary>
    private static string ExpectedPath(ContentSet content, SourceArticle any, string language, string? country)
    {
        var name = any.Slug + (country is null ? string.Empty : "." + country.ToLowerInvariant()) + ".md";
        return content.Display.For(Path.Combine(content.SourceRoot, language, any.Section, name));
    }

    private static LanguageSummary Summarize(string language, bool isReference, List<TranslationEntry> entries)
    {
        int Count(TranslationStatus status) => entries.Count(e => e.Status == status);
        var missing = Count(TranslationStatus.Missing);
        return new LanguageSummary(language, isReference, entries.Count, entries.Count - missing, missing, Count(TranslationStatus.Outdated), Count(TranslationStatus.Unknown));
    }
}
