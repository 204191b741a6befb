using System.Collections.Frozen;
using HelpGen.Configuration;
using HelpGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HelpGen.Theming;

/// <summary>
/// The UI strings of a theme: one <c>i18n/&lt;lang&gt;.yml</c> per language, flat (<c>toc.title: …</c>) or nested
/// (<c>country: { KZ: … }</c>, read as <c>country.KZ</c>), each language completed key by key from English.
/// In a layered theme the files of every layer are merged key by key, the top layer winning.
/// </summary>
internal sealed class ThemeStrings
{
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _byLanguage;
    private readonly IReadOnlyDictionary<string, string> _fallback;

    private ThemeStrings(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byLanguage, IReadOnlyDictionary<string, string> fallback)
    {
        _byLanguage = byLanguage;
        _fallback = fallback;
        Languages = byLanguage.Keys.Order(StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<string> Languages { get; }

    /// <summary>The strings of a language code ("ru"); a BCP 47 tag ("ru-KZ") uses its language part.</summary>
    public IReadOnlyDictionary<string, string> For(string language)
    {
        var code = language.Split('-', '_')[0].ToLowerInvariant();
        return _byLanguage.TryGetValue(code, out var strings) ? strings : _fallback;
    }

    /// <summary>Parses every i18n file; null when one does not parse or the English file is missing.</summary>
    public static ThemeStrings? Load(ThemeFiles files, List<Diagnostic> problems)
    {
        var raw = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var ok = true;
        foreach (var layer in files.Layers)
        {
            foreach (var (path, bytes) in layer.Files.Where(f => IsStringsFile(f.Key)))
            {
                var parsed = Parse(layer, path, bytes, problems);
                ok &= parsed is not null;
                var language = Path.GetFileNameWithoutExtension(path).ToLowerInvariant();
                raw[language] = raw.TryGetValue(language, out var below) ? Merge(parsed ?? [], below) : parsed ?? [];
            }
        }

        if (!raw.TryGetValue(Theme.FallbackLanguage, out var english))
        {
            problems.Add(Error(files.DisplayPath($"i18n/{Theme.FallbackLanguage}.yml"), "the theme has no English UI strings file"));
            return null;
        }

        if (!ok)
        {
            return null;
        }

        var merged = raw.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyDictionary<string, string>)Merge(pair.Value, english).ToFrozenDictionary(StringComparer.Ordinal),
            StringComparer.Ordinal);
        return new ThemeStrings(merged, merged[Theme.FallbackLanguage]);
    }

    private static bool IsStringsFile(string path) =>
        path.StartsWith("i18n/", StringComparison.Ordinal) && path.IndexOf('/', 5) < 0
        && (path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal));

    /// <summary>The keys of <paramref name="below"/>, each replaced by <paramref name="own"/>'s value where it has one.</summary>
    private static Dictionary<string, string> Merge(Dictionary<string, string> own, Dictionary<string, string> below)
    {
        var merged = new Dictionary<string, string>(below, StringComparer.Ordinal);
        foreach (var (key, value) in own)
        {
            merged[key] = value;
        }

        return merged;
    }

    private static Dictionary<string, string>? Parse(ThemeFiles files, string path, byte[] bytes, List<Diagnostic> problems)
    {
        var display = files.DisplayPath(path);
        var text = ThemeText.Decode(bytes, display, problems);
        if (text is null)
        {
            return null;
        }

        var document = YamlNodes.Parse(text, out var error);
        if (error is not null)
        {
            problems.Add(Error(display, $"the UI strings file is not valid YAML: {YamlNodes.Describe(error)}", (int)error.Start.Line, (int)error.Start.Column));
            return null;
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (document)
        {
            case null:
                return result;
            case YamlMappingNode mapping:
                Flatten(string.Empty, mapping, result);
                return result;
            default:
                problems.Add(Error(display, "the UI strings file must map keys to strings (key: text)", (int)document.Start.Line, (int)document.Start.Column));
                return null;
        }
    }

    /// <summary>Nested mappings become dotted keys (<c>country: {KZ: …}</c> is <c>country.KZ</c>); YAML's null (<c>~</c>, <c>null</c>, nothing) is an empty string.</summary>
    private static void Flatten(string prefix, YamlMappingNode mapping, Dictionary<string, string> result)
    {
        foreach (var (key, value) in mapping.Children)
        {
            var name = prefix + (YamlNodes.Scalar(key) ?? string.Empty);
            switch (value)
            {
                case YamlMappingNode nested:
                    Flatten(name + ".", nested, result);
                    break;
                case YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" }:
                    result[name] = string.Empty;
                    break;
                default:
                    result[name] = YamlNodes.Scalar(value) ?? string.Empty;
                    break;
            }
        }
    }

    private static Diagnostic Error(string file, string message, int line = 1, int column = 1) =>
        new(Severity.Error, DiagnosticCodes.ThemeInvalid, message, file, Math.Max(line, 1), Math.Max(column, 1));
}
