using HelpGen.Diagnostics;
using YamlDotNet.RepresentationModel;
using static HelpGen.Configuration.YamlNodes;

namespace HelpGen.Configuration;

/// <summary>The parts of site.yml: locales, sections, texts, support, check.</summary>
public sealed partial class SiteConfigLoader
{
    private List<LocaleConfig> ReadLocales(YamlNode? node, YamlMappingNode parent)
    {
        var locales = new List<LocaleConfig>();
        if (node is not YamlSequenceNode list || list.Children.Count == 0)
        {
            Error(node ?? parent, "'locales' must list at least one locale: { code: en-us, language: en, country: US }");
            return locales;
        }

        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode entry)
            {
                Error(item, "a locale must be a mapping: { code: en-us, language: en, country: US }");
                continue;
            }

            var code = Scalar(Child(entry, "code"));
            var language = Scalar(Child(entry, "language"));
            var country = Scalar(Child(entry, "country"));
            if (string.IsNullOrWhiteSpace(code) || !IsSafeSegment(code))
            {
                Error(Child(entry, "code") ?? entry, $"locale code '{code}' must be a plain folder name like 'en-us'", DiagnosticCodes.ConfigInvalidLocale);
                continue;
            }

            if (language is null || !IsoCodes.IsLanguage(language))
            {
                Error(Child(entry, "language") ?? entry, $"locale '{code}': language '{language}' is not an ISO 639-1 code (e.g. en, de, ru)", DiagnosticCodes.ConfigInvalidLocale);
                continue;
            }

            if (country is null || country.Length != 2 || !IsoCodes.IsCountry(country))
            {
                Error(Child(entry, "country") ?? entry, $"locale '{code}': country '{country}' is not an ISO 3166 alpha-2 code (e.g. US, DE, KZ)", DiagnosticCodes.ConfigInvalidLocale);
                continue;
            }

            if (locales.Any(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase)))
            {
                Error(entry, $"locale '{code}' is listed twice", DiagnosticCodes.ConfigInvalidLocale);
                continue;
            }

            locales.Add(new LocaleConfig(code, language, country.ToUpperInvariant()));
        }

        return locales;
    }

    private List<SectionConfig> ReadSections(YamlNode? node, YamlMappingNode parent)
    {
        var sections = new List<SectionConfig>();
        if (node is not YamlSequenceNode list || list.Children.Count == 0)
        {
            Error(node ?? parent, "'sections' must list at least one section: - id: registration");
            return sections;
        }

        foreach (var item in list.Children)
        {
            var entry = item as YamlMappingNode;
            var id = entry is null ? Scalar(item) : Scalar(Child(entry, "id"));
            if (string.IsNullOrWhiteSpace(id) || !IsSafeSegment(id) || id is "search" or "assets" or "theme")
            {
                Error(item, $"section id '{id}' must be a folder name (letters, digits, '-', '_'; not 'search', 'assets' or 'theme')");
                continue;
            }

            if (sections.Any(s => s.Id == id))
            {
                Error(item, $"section '{id}' is listed twice");
                continue;
            }

            var title = entry is null ? null : ReadText(Child(entry, "title"), $"sections.{id}.title");
            var description = entry is null ? null : ReadText(Child(entry, "description"), $"sections.{id}.description");
            sections.Add(new SectionConfig(id, title ?? new LocalizedText(new Dictionary<string, string> { ["en"] = id }), description ?? LocalizedText.Empty));
        }

        return sections;
    }

    /// <summary>A text per language (<c>{ en: ..., de: ... }</c>), or one plain string used for every language.</summary>
    private LocalizedText? ReadText(YamlNode? node, string what)
    {
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                return new LocalizedText(new Dictionary<string, string> { ["*"] = scalar.Value ?? string.Empty });
            case YamlMappingNode map:
                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (key, value) in Entries(map))
                {
                    if (Scalar(value) is { } text) values[key] = text;
                    else Error(value, $"{what}.{key} must be text");
                }

                return new LocalizedText(values);
            default:
                Error(node, $"{what} must be text or a mapping of language to text");
                return null;
        }
    }

    private string? ReadBaseUrl(YamlNode? node)
    {
        var value = Scalar(node);
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
        {
            Error(node!, $"baseUrl '{value}' must be an absolute http(s) URL like https://help.example.org/");
            return null;
        }

        return value.EndsWith('/') ? value : value + "/";
    }

    private SupportConfig ReadSupport(YamlNode? node)
    {
        if (node is not YamlMappingNode map) return new SupportConfig(null, null, LocalizedText.Empty);
        WarnUnknownKeys(map, "email", "url", "hours");
        var url = Scalar(Child(map, "url"));
        if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http")))
        {
            Error(Child(map, "url")!, $"support.url '{url}' must be an absolute http(s) URL");
            url = null;
        }

        return new SupportConfig(Scalar(Child(map, "email")), url, ReadText(Child(map, "hours"), "support.hours") ?? LocalizedText.Empty);
    }

    private CheckConfig ReadCheck(YamlNode? node)
    {
        if (node is not YamlMappingNode map) return CheckConfig.Empty;
        var prettyUrls = ReadFlag(Child(map, "prettyUrls"), "check.prettyUrls");
        var ignore = StringList(Child(map, "ignore"));
        if (ignore is null)
        {
            Error(Child(map, "ignore")!, "check.ignore must be a list of regular expressions");
            return CheckConfig.Empty;
        }

        foreach (var pattern in ignore)
        {
            try
            {
                _ = new System.Text.RegularExpressions.Regex(pattern);
            }
            catch (ArgumentException ex)
            {
                Error(Child(map, "ignore")!, $"check.ignore: '{pattern}' is not a valid regular expression: {ex.Message}");
            }
        }

        return new CheckConfig(ignore, prettyUrls);
    }

    private bool ReadFlag(YamlNode? node, string name)
    {
        if (node is null) return false;
        if (bool.TryParse(Scalar(node), out var value)) return value;
        Error(node, $"{name} must be true or false");
        return false;
    }

    private static bool IsSafeSegment(string value) =>
        value.All(c => char.IsLetterOrDigit(c) || c is '-' or '_') && value is not ("." or "..");
}
