namespace HelpGen.Configuration;

/// <summary>A text given per language in site.yml, e.g. <c>{ en: Help Center, de: Hilfe-Center }</c>.</summary>
public sealed record LocalizedText(IReadOnlyDictionary<string, string> Values)
{
    public static readonly LocalizedText Empty = new(new Dictionary<string, string>());

    /// <summary>The text in <paramref name="language"/>, else in <paramref name="fallback"/>, else the first one given.</summary>
    public string Get(string language, string? fallback = null)
    {
        if (Values.TryGetValue(language, out var text)) return text;
        if (Values.TryGetValue("*", out text)) return text;
        if (fallback is not null && Values.TryGetValue(fallback, out text)) return text;
        return Values.Count > 0 ? Values.OrderBy(v => v.Key, StringComparer.Ordinal).First().Value : string.Empty;
    }
}
