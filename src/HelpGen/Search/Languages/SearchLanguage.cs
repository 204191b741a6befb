namespace HelpGen.Search.Languages;

/// <summary>
/// What the search analysis knows about one language beyond its stemmer: the stop words that weigh almost nothing
/// in a query, the irregular or related forms that should meet one stem (written as surface word → the word whose
/// stem they share: "paid" → "pay", "пришли" → "приходить"), and whether compounds are split at index time.
/// The builder applies the forms while indexing and writes the stop words and the forms the site lacks into the
/// manifest, so <c>search.js</c> analyses queries with the same data.
/// </summary>
public sealed record SearchLanguage(
    IReadOnlySet<string> StopWords,
    IReadOnlyDictionary<string, string> Forms,
    bool SplitsCompounds)
{
    /// <summary>A language with no stop words, no forms and no compound splitting.</summary>
    public static SearchLanguage None { get; } = new(
        new HashSet<string>(StringComparer.Ordinal),
        new Dictionary<string, string>(StringComparer.Ordinal),
        SplitsCompounds: false);

    internal static SearchLanguage Create(string stopWords, string forms, bool splitsCompounds)
    {
        var stop = stopWords.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(TextNormalizer.Normalize);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in forms.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = group.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(TextNormalizer.Normalize).ToList();
            foreach (var word in words.Skip(1))
            {
                map[word] = words[0];
            }
        }

        return new SearchLanguage(new HashSet<string>(stop, StringComparer.Ordinal), map, splitsCompounds);
    }
}
