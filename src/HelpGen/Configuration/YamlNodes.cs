using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HelpGen.Configuration;

/// <summary>
/// Small readers over YamlDotNet's representation model that keep node positions, so that
/// site.yml and front matter problems are reported on the right line.
/// </summary>
internal static class YamlNodes
{
    /// <summary>Parses one YAML document; returns null and the error position when it does not parse.</summary>
    public static YamlNode? Parse(string text, out YamlException? error)
    {
        error = null;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            error = ex;
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (with no position) for some unterminated flow collections.
            var mark = LastTokenEnd(text);
            error = new YamlException(mark, mark, "the YAML ends inside an unclosed '{', '[' or quoted value");
            return null;
        }
    }

    /// <summary>Where the last token the scanner could read ends: the best position for an error it cannot place.</summary>
    private static Mark LastTokenEnd(string text)
    {
        var scanner = new Scanner(new StringReader(text));
        var last = Mark.Empty;
        try
        {
            while (scanner.MoveNext()) last = scanner.Current?.End ?? last;
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // The failure point is what we are looking for; keep the last good position.
        }

        return last;
    }

    public static string Describe(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith('(') ? message[(cut + 3)..] : message;
    }

    public static string? Scalar(YamlNode? node) => node is YamlScalarNode scalar ? scalar.Value : null;

    public static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static IEnumerable<(string Key, YamlNode Value)> Entries(YamlMappingNode map) =>
        map.Children.Select(kv => (Scalar(kv.Key) ?? string.Empty, kv.Value));

    /// <summary>A list of scalars; a single scalar counts as a list of one.</summary>
    public static IReadOnlyList<string>? StringList(YamlNode? node) => node switch
    {
        null => [],
        YamlScalarNode s when string.IsNullOrEmpty(s.Value) => [],
        YamlScalarNode s => [s.Value!],
        YamlSequenceNode seq when seq.Children.All(c => c is YamlScalarNode) =>
            seq.Children.Select(c => Scalar(c) ?? string.Empty).Where(v => v.Length > 0).ToList(),
        _ => null,
    };

    public static int Line(YamlNode node) => (int)node.Start.Line;

    public static int Column(YamlNode node) => (int)node.Start.Column;
}
