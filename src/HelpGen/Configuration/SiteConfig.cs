namespace HelpGen.Configuration;

/// <summary>The parsed <c>site.yml</c>: everything about the site that is not an article.</summary>
public sealed record SiteConfig(
    LocalizedText Title,
    string? BaseUrl,
    string DefaultLocale,
    IReadOnlyList<LocaleConfig> Locales,
    IReadOnlyList<SectionConfig> Sections,
    SupportConfig Support,
    string? Fallback,
    CheckConfig Check)
{
    /// <summary>site.yml's <c>feedback</c>: where "Was this article helpful?" leads; null shows no widget.</summary>
    public FeedbackConfig? Feedback { get; init; }

    /// <summary>site.yml's <c>search</c> settings (synonyms).</summary>
    public SearchConfig Search { get; init; } = SearchConfig.Empty;

    /// <summary>The site.yml text this was read from (null when made in code): configs read from the same text are the same.</summary>
    public string? Text { get; init; }

    public SectionConfig? FindSection(string id) => Sections.FirstOrDefault(s => s.Id == id);

    public IEnumerable<string> Languages => Locales.Select(l => l.Language).Distinct();
}
