namespace HelpGen.Translations;

/// <summary>
/// The translation status of a source folder: every article key in every language (and country variant) a locale
/// shows, compared with <see cref="ReferenceLanguage"/>. Entries are ordered by language (reference first, then
/// site.yml order), key and country.
/// </summary>
public sealed record TranslationReport(string ReferenceLanguage, int ArticleCount, IReadOnlyList<LanguageSummary> Languages, IReadOnlyList<TranslationEntry> Entries)
{
    public bool Has(TranslationStatus status) => Entries.Any(e => e.Status == status);
}
