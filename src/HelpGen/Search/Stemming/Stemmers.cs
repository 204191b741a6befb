namespace HelpGen.Search.Stemming;

/// <summary>
/// Finds the stemmer for a site language: English, German and Russian have one; other languages
/// are indexed unstemmed. The stemmers are stateless, so one shared instance per language serves all threads.
/// </summary>
public static class Stemmers
{
    private static readonly IStemmer English = new EnglishStemmer();
    private static readonly IStemmer German = new GermanStemmer();
    private static readonly IStemmer Russian = new RussianStemmer();

    /// <summary>
    /// The stemmer for <paramref name="language"/> ("en", "de", "ru"; case-insensitive; a region such as
    /// "de-CH" is ignored), or null when the language has none.
    /// </summary>
    public static IStemmer? For(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var separator = language.IndexOfAny(['-', '_']);
        var primary = separator < 0 ? language.AsSpan() : language.AsSpan(0, separator);
        if (primary.Equals("en", StringComparison.OrdinalIgnoreCase))
        {
            return English;
        }

        if (primary.Equals("de", StringComparison.OrdinalIgnoreCase))
        {
            return German;
        }

        return primary.Equals("ru", StringComparison.OrdinalIgnoreCase) ? Russian : null;
    }
}
