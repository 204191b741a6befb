namespace HelpGen.Search.Languages;

/// <summary>
/// The <see cref="SearchLanguage"/> data of the languages HelpGen analyses (English, German, Russian);
/// any other language gets <see cref="SearchLanguage.None"/>. Each language's lists live in its own partial file.
/// </summary>
public static partial class SearchLanguages
{
    private static readonly SearchLanguage English = SearchLanguage.Create(EnglishStopWords, EnglishForms, splitsCompounds: false);
    private static readonly SearchLanguage German = SearchLanguage.Create(GermanStopWords, GermanForms, splitsCompounds: true);
    private static readonly SearchLanguage Russian = SearchLanguage.Create(RussianStopWords, RussianForms, splitsCompounds: false);

    /// <summary>The data for an ISO 639-1 language ("en", "de-CH": the region is ignored; case-insensitive).</summary>
    public static SearchLanguage For(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var separator = language.IndexOfAny(['-', '_']);
        var primary = (separator < 0 ? language : language[..separator]).ToLowerInvariant();
        return primary switch
        {
            "en" => English,
            "de" => German,
            "ru" => Russian,
            _ => SearchLanguage.None,
        };
    }
}
