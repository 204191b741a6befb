namespace HelpGen.Configuration;

/// <summary>
/// site.yml's <c>search</c> settings: per language (ISO 639-1), groups of words or phrases that mean the same,
/// e.g. <c>ru: [[ЛК, личный кабинет]]</c>. A query that contains one alternative also finds the others.
/// </summary>
public sealed record SearchConfig(IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> Synonyms)
{
    public static readonly SearchConfig Empty = new(new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>(StringComparer.Ordinal));

    /// <summary>The synonym groups of one language (none when it has none).</summary>
    public IReadOnlyList<IReadOnlyList<string>> SynonymsFor(string language) =>
        Synonyms.TryGetValue(language, out var groups) ? groups : [];
}
