using System.Collections.Frozen;
using HelpGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

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

        try
        {
            var document = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object?>>(text);
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            Flatten(string.Empty, document ?? [], result);
            return result;
        }
        catch (YamlException exception)
        {
            var message = exception.InnerException?.Message ?? exception.Message;
            problems.Add(Error(display, $"the UI strings file is not valid YAML: {message}", (int)exception.Start.Line, (int)exception.Start.Column));
            return null;
        }
    }

    private static void Flatten(string prefix, IEnumerable<KeyValuePair<string, object?>> entries, Dictionary<string, string> result)
    {
        foreach (var (key, value) in entries)
        {
            var name = prefix + key;
            if (value is IDictionary<object, object?> nested)
            {
                Flatten(name + ".", nested.Select(p => KeyValuePair.Create(Convert.ToString(p.Key, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, p.Value)), result);
            }
            else
            {
                result[name] = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            }
        }
    }

    private static Diagnostic Error(string file, string message, int line = 1, int column = 1) =>
        new(Severity.Error, DiagnosticCodes.ThemeInvalid, message, file, Math.Max(line, 1), Math.Max(column, 1));
}
