namespace HelpGen.Configuration;

/// <summary>One edition of the site: a language (ISO 639-1) shown to readers of one country (ISO 3166 alpha-2).</summary>
public sealed record LocaleConfig(string Code, string Language, string Country)
{
    /// <summary>The BCP 47 tag used in hreflang and lang attributes, e.g. <c>ru-KZ</c>.</summary>
    public string Bcp47 => $"{Language}-{Country}";
}
