namespace HelpGen.Configuration;

/// <summary>
/// site.yml's <c>search</c> settings: per language (ISO 639-1), groups of words or phrases that mean the same,
/// e.g. <c>ru: [[ЛК, личный кабинет]]</c> (a query that contains one alternative also finds the others), and the
/// searches suggested under the search field of the home and the empty search page.
/// </summary>
public sealed record SearchConfig(IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> Synonyms)
{
    public static readonly SearchConfig Empty = new(new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>(StringComparer.Ordinal));

    /// <summary>Per language, the searches suggested under the search field (none: the first articles are shown).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Suggestions { get; init; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>The suggested searches of one language.</summary>
    public IReadOnlyList<string> SuggestionsFor(string language) =>
        Suggestions.TryGetValue(language, out var list) ? list : [];

    /// <summary>The synonym groups of one language (none when it has none).</summary>
    public IReadOnlyList<IReadOnlyList<string>> SynonymsFor(string language) =>
        Synonyms.TryGetValue(language, out var groups) ? groups : [];
}
