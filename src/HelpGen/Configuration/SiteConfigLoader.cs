using HelpGen.Diagnostics;
using YamlDotNet.RepresentationModel;
using static HelpGen.Configuration.YamlNodes;

namespace HelpGen.Configuration;

/// <summary>
/// Reads and validates <c>site.yml</c>. Every problem is a diagnostic with a HG0xxx code
/// (configuration errors make the command exit with 2); all of them are reported, not just the first.
/// </summary>
public sealed partial class SiteConfigLoader
{
    private readonly DiagnosticBag _diagnostics;
    private readonly string _displayPath;
    private bool _failed;

    private SiteConfigLoader(DiagnosticBag diagnostics, string displayPath)
    {
        _diagnostics = diagnostics;
        _displayPath = displayPath;
    }

    /// <summary>Loads <c>site.yml</c> from <paramref name="sourceDirectory"/>; null when it is missing or invalid.</summary>
    /// <param name="paths">How diagnostics show file paths; full paths when null.</param>
    public static SiteConfig? Load(string sourceDirectory, DiagnosticBag diagnostics, DisplayPaths? paths = null)
    {
        paths ??= DisplayPaths.Full;
        var path = Path.Combine(sourceDirectory, "site.yml");
        var display = paths.For(path);
        if (!File.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.ConfigMissing, $"site.yml not found in '{paths.For(sourceDirectory)}' (is --source right?)", display);
            return null;
        }

        string text;
        try
        {
            text = TextDecoder.Decode(File.ReadAllBytes(path));
        }
        catch (System.Text.DecoderFallbackException)
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidYaml, "site.yml is not valid UTF-8", display);
            return null;
        }

        return Parse(text, display, diagnostics);
    }

    /// <summary>Parses site.yml text; <paramref name="displayPath"/> names it in diagnostics.</summary>
    public static SiteConfig? Parse(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var root = YamlNodes.Parse(text, out var error);
        if (error is not null)
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidYaml, YamlNodes.Describe(error), displayPath, (int)error.Start.Line, (int)error.Start.Column);
            return null;
        }

        if (root is not YamlMappingNode map)
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, "site.yml must be a mapping of keys (title, locales, sections, ...)", displayPath);
            return null;
        }

        var loader = new SiteConfigLoader(diagnostics, displayPath);
        var config = loader.Read(map);
        return loader._failed ? null : config with { Text = text };
    }

    private SiteConfig Read(YamlMappingNode map)
    {
        WarnUnknownKeys(map, "title", "baseUrl", "defaultLocale", "locales", "sections", "support", "fallback", "check", "search", "feedback");
        var locales = ReadLocales(Child(map, "locales"), map);
        var sections = ReadSections(Child(map, "sections"), map);
        var defaultLocale = Scalar(Child(map, "defaultLocale")) ?? locales.FirstOrDefault()?.Code ?? string.Empty;
        if (locales.Count > 0 && locales.All(l => l.Code != defaultLocale))
        {
            Error(Child(map, "defaultLocale") ?? map, $"defaultLocale '{defaultLocale}' is not one of the locales");
        }

        var fallback = Scalar(Child(map, "fallback"));
        if (fallback is not null && locales.All(l => l.Language != fallback))
        {
            Error(Child(map, "fallback")!, $"fallback language '{fallback}' is not the language of any locale");
        }

        return new SiteConfig(
            ReadText(Child(map, "title"), "title") ?? LocalizedText.Empty,
            ReadBaseUrl(Child(map, "baseUrl")),
            defaultLocale,
            locales,
            sections,
            ReadSupport(Child(map, "support")),
            fallback,
            ReadCheck(Child(map, "check")))
        {
            Search = ReadSearch(Child(map, "search"), locales),
            Feedback = ReadFeedback(Child(map, "feedback"), Scalar(Child(Child(map, "support") as YamlMappingNode ?? new YamlMappingNode(), "email"))),
        };
    }

    private void Error(YamlNode node, string message, string code = DiagnosticCodes.ConfigInvalidValue)
    {
        _failed = true;
        _diagnostics.Error(code, message, _displayPath, Line(node), Column(node));
    }

    private void WarnUnknownKeys(YamlMappingNode map, params string[] known)
    {
        foreach (var (key, _) in Entries(map).Where(e => !known.Contains(e.Key)))
        {
            var node = map.Children.Keys.First(k => Scalar(k) == key);
            _diagnostics.Warning(DiagnosticCodes.ConfigInvalidValue, $"unknown key '{key}' is ignored (known: {string.Join(", ", known)})", _displayPath, Line(node), Column(node));
        }
    }
}
