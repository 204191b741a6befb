using System.Globalization;
using HelpGen.Configuration;
using HelpGen.Diagnostics;
using YamlDotNet.RepresentationModel;
using static HelpGen.Configuration.YamlNodes;

namespace HelpGen.Content;

/// <summary>
/// Splits an article into its YAML front matter and Markdown body and validates the front matter.
/// Positions in YAML errors are mapped to lines of the file (the YAML starts on line 2).
/// </summary>
public static class FrontMatterParser
{
    private static readonly string[] KnownKeys = ["title", "summary", "order", "countries", "tags", "aliases", "updated", "draft"];

    /// <summary>The index after the '\n' that ends the line starting at <paramref name="start"/> (the text's length past the last line).</summary>
    private static int NextLine(ReadOnlySpan<char> text, int start)
    {
        var end = text[start..].IndexOf('\n');
        return end < 0 ? text.Length + 1 : start + end + 1;
    }

    /// <summary>True when the line starting at <paramref name="start"/> is <paramref name="fence"/>, trailing white space ignored.</summary>
    private static bool IsFence(ReadOnlySpan<char> text, int start, string fence)
    {
        var end = text[start..].IndexOf('\n');
        var line = (end < 0 ? text[start..] : text.Slice(start, end)).TrimEnd();
        return line.SequenceEqual(fence);
    }

    /// <summary>The parsed front matter, or null (with diagnostics) when the article cannot be used.</summary>
    /// <param name="text">The whole decoded file (a build reads it into a pooled buffer and keeps only the front matter).</param>
    /// <param name="bodyStart">Where the body starts in <paramref name="text"/> (its length when there is none).</param>
    public static FrontMatter? Parse(ReadOnlySpan<char> text, string file, DiagnosticBag diagnostics, out int bodyStart, out int bodyLine)
    {
        bodyStart = 0;
        bodyLine = 1;
        if (!text.StartsWith("---") || !IsFence(text, 0, "---"))
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterMissingTitle, "the article has no front matter: start the file with '---', a line 'title: ...' and '---'", file);
            return null;
        }

        // Lines are scanned in place (no split): the YAML is the only copy made.
        var yamlStart = NextLine(text, 0);
        var (close, line) = (yamlStart, 2);
        while (close < text.Length && !IsFence(text, close, "---") && !IsFence(text, close, "..."))
        {
            (close, line) = (NextLine(text, close), line + 1);
        }

        if (close >= text.Length)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterUnclosed, "the front matter that starts on line 1 is never closed: add a line '---' after it", file);
            return null;
        }

        bodyStart = Math.Min(text.Length, NextLine(text, close));
        bodyLine = line + 1;
        var yaml = close > yamlStart ? new string(text[yamlStart..(close - 1)]) : string.Empty;
        var root = YamlNodes.Parse(yaml, out var error);
        if (error is not null)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterInvalidYaml, $"front matter is not valid YAML: {Describe(error)}", file, (int)error.Start.Line + 1, (int)error.Start.Column);
            return null;
        }

        if (root is not YamlMappingNode map)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterMissingTitle, "front matter must be 'key: value' lines with at least a title", file, 2);
            return null;
        }

        return new Reader(map, file, diagnostics).Read();
    }

    private sealed class Reader(YamlMappingNode map, string file, DiagnosticBag diagnostics)
    {
        private bool _failed;

        public FrontMatter? Read()
        {
            foreach (var (key, _) in Entries(map).Where(e => !KnownKeys.Contains(e.Key)))
            {
                var node = map.Children.Keys.First(k => Scalar(k) == key);
                diagnostics.Warning(DiagnosticCodes.FrontMatterInvalidValue, $"unknown front matter key '{key}' is ignored (known: {string.Join(", ", KnownKeys)})", file, Line(node) + 1, Column(node));
            }

            var title = Scalar(Child(map, "title"));
            if (string.IsNullOrWhiteSpace(title))
            {
                diagnostics.Error(DiagnosticCodes.FrontMatterMissingTitle, "the front matter has no 'title'", file, 1, 1);
                return null;
            }

            var frontMatter = new FrontMatter(
                title.Trim(),
                Scalar(Child(map, "summary"))?.Trim(),
                ReadOrder(),
                ReadCountries(),
                ReadList("tags"),
                ReadAliases(),
                ReadDate(),
                ReadBool("draft"));
            return _failed ? null : frontMatter;
        }

        private void Error(YamlNode node, string message)
        {
            _failed = true;
            diagnostics.Error(DiagnosticCodes.FrontMatterInvalidValue, message, file, Line(node) + 1, Column(node));
        }

        private int? ReadOrder()
        {
            var node = Child(map, "order");
            if (node is null) return null;
            if (int.TryParse(Scalar(node), NumberStyles.Integer, CultureInfo.InvariantCulture, out var order)) return order;
            Error(node, $"'order' must be a whole number, not '{Scalar(node)}'");
            return null;
        }

        private IReadOnlyList<string> ReadList(string key)
        {
            var node = Child(map, key);
            var list = StringList(node);
            if (list is not null) return list;
            Error(node!, $"'{key}' must be a list, e.g. [a, b]");
            return [];
        }

        /// <summary>The aliases; one that is not a safe path from the site root is reported on its own line and left out.</summary>
        private IReadOnlyList<string> ReadAliases()
        {
            var aliases = ReadList("aliases");
            var node = Child(map, "aliases");
            foreach (var bad in aliases.Where(a => AliasPath.FilePath(a) is null))
            {
                var at = (node as YamlSequenceNode)?.Children.FirstOrDefault(c => Scalar(c) == bad) ?? node!;
                diagnostics.Error(DiagnosticCodes.AliasInvalid, $"alias '{bad}' must be a path from the site root like /old/page.html, without '..', '\\', ':' or a query", file, Line(at) + 1, Column(at));
            }

            return aliases.Where(a => AliasPath.FilePath(a) is not null).ToList();
        }

        private IReadOnlyList<string> ReadCountries()
        {
            var countries = ReadList("countries");
            foreach (var bad in countries.Where(c => c.Length != 2 || !IsoCodes.IsCountry(c)))
            {
                Error(Child(map, "countries")!, $"'{bad}' in 'countries' is not an ISO 3166 alpha-2 country code (e.g. KZ)");
            }

            return countries.Select(c => c.ToUpperInvariant()).ToList();
        }

        private string? ReadDate()
        {
            var node = Child(map, "updated");
            var value = Scalar(node);
            if (string.IsNullOrWhiteSpace(value)) return null;
            string[] formats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-dd HH:mm:ss"];
            if (DateTime.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            Error(node!, $"'updated' must be a date like 2026-10-15, not '{value}'");
            return null;
        }

        private bool ReadBool(string key)
        {
            var node = Child(map, key);
            var value = Scalar(node);
            if (value is null) return false;
            if (bool.TryParse(value, out var result)) return result;
            if (value is "yes" or "no") return value == "yes";
            Error(node!, $"'{key}' must be true or false, not '{value}'");
            return false;
        }
    }
}
