using YamlDotNet.RepresentationModel;
using static HelpGen.Configuration.YamlNodes;

namespace HelpGen.Configuration;

/// <summary>Reads site.yml's <c>search</c> mapping.</summary>
public sealed partial class SiteConfigLoader
{
    private SearchConfig ReadSearch(YamlNode? node, IReadOnlyList<LocaleConfig> locales)
    {
        if (node is null) return SearchConfig.Empty;
        if (node is not YamlMappingNode map)
        {
            Error(node, "search must be a mapping (synonyms)");
            return SearchConfig.Empty;
        }

        WarnUnknownKeys(map, "synonyms", "suggestions");
        return ReadSynonyms(Child(map, "synonyms"), locales) with { Suggestions = ReadSuggestions(Child(map, "suggestions"), locales) };
    }

    /// <summary><c>feedback: { url: … }</c> or <c>feedback: { email: … }</c>; <c>email: true</c> uses support.email.</summary>
    private FeedbackConfig? ReadFeedback(YamlNode? node, string? supportEmail)
    {
        if (node is null) return null;
        if (node is not YamlMappingNode map)
        {
            Error(node, "feedback must be a mapping with url or email");
            return null;
        }

        WarnUnknownKeys(map, "url", "email");
        var url = Scalar(Child(map, "url"));
        var email = Scalar(Child(map, "email"));
        if (email is "true" or "yes") email = supportEmail;
        if (url is not null && (!Uri.TryCreate(url.Replace("{", "").Replace("}", ""), UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http")))
        {
            Error(Child(map, "url")!, $"feedback.url '{url}' must be an absolute http(s) URL (placeholders: {{key}}, {{locale}}, {{helpful}})");
            return null;
        }

        if (url is null && string.IsNullOrEmpty(email))
        {
            Error(map, "feedback needs url (with {key}, {locale}, {helpful}) or email (an address, or true for support.email)");
            return null;
        }

        return new FeedbackConfig(url, url is null ? email : null);
    }

    private Dictionary<string, IReadOnlyList<string>> ReadSuggestions(YamlNode? node, IReadOnlyList<LocaleConfig> locales)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (node is null) return result;
        if (node is not YamlMappingNode byLanguage)
        {
            Error(node, "search.suggestions must map a language to a list of searches, e.g. en: [reset password, track order]");
            return result;
        }

        foreach (var (language, value) in Entries(byLanguage))
        {
            var list = StringList(value);
            if (locales.All(l => l.Language != language)) Error(value, $"search.suggestions: '{language}' is not the language of any locale");
            else if (list is null) Error(value, $"search.suggestions.{language} must be a list of searches");
            else result[language] = list;
        }

        return result;
    }

    private SearchConfig ReadSynonyms(YamlNode? synonyms, IReadOnlyList<LocaleConfig> locales)
    {
        if (synonyms is null) return SearchConfig.Empty;
        if (synonyms is not YamlMappingNode byLanguage)
        {
            Error(synonyms, "search.synonyms must map a language to a list of groups, e.g. de: [[Kennwort, Passwort]]");
            return SearchConfig.Empty;
        }

        var result = new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>(StringComparer.Ordinal);
        foreach (var (language, value) in Entries(byLanguage))
        {
            if (locales.All(l => l.Language != language))
            {
                Error(byLanguage.Children.Keys.First(k => Scalar(k) == language), $"search.synonyms: '{language}' is not the language of any locale");
                continue;
            }

            var groups = ReadSynonymGroups(value, language);
            if (groups is not null) result[language] = groups;
        }

        return new SearchConfig(result);
    }

    private List<IReadOnlyList<string>>? ReadSynonymGroups(YamlNode value, string language)
    {
        if (value is not YamlSequenceNode list)
        {
            Error(value, $"search.synonyms.{language} must be a list of groups, e.g. [[Kennwort, Passwort]]");
            return null;
        }

        var groups = new List<IReadOnlyList<string>>();
        foreach (var item in list.Children)
        {
            var group = item is YamlSequenceNode ? StringList(item) : null;
            if (group is null || group.Count < 2)
            {
                Error(item, $"search.synonyms.{language}: each group must be a list of at least two words or phrases");
                continue;
            }

            groups.Add(group);
        }

        return groups;
    }
}
