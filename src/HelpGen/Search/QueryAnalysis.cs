using HelpGen.Search.Languages;

namespace HelpGen.Search;

/// <summary>
/// What the manifest tells <c>search.js</c> about analysing queries in the index's language: the stop words, the
/// irregular forms the site's own words do not cover (surface word → stem), whether unknown words are split as
/// compounds, and the synonym groups (each alternative a normalized phrase).
/// </summary>
internal sealed record QueryAnalysis(
    IReadOnlyList<string> StopWords,
    IReadOnlyList<KeyValuePair<string, string>> Forms,
    bool SplitsCompounds,
    IReadOnlyList<IReadOnlyList<string>> Synonyms)
{
    public static QueryAnalysis Create(SearchLanguage language, StemCache stems, IReadOnlyList<IReadOnlyList<string>> synonyms)
    {
        var forms = language.Forms.Keys
            .Where(word => !stems.Stems.ContainsKey(word))
            .Order(StringComparer.Ordinal)
            .Select(word => KeyValuePair.Create(word, stems.StemUncached(word)))
            .ToList();
        var groups = synonyms
            .Select(group => (IReadOnlyList<string>)group.Select(Phrase).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList())
            .Where(group => group.Count > 1)
            .ToList();
        return new QueryAnalysis(language.StopWords.Order(StringComparer.Ordinal).ToList(), forms, language.SplitsCompounds, groups);
    }

    private static string Phrase(string text) => string.Join(' ', Tokenizer.Tokenize(text));
}
