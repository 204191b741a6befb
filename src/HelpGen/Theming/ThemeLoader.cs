using System.Text.RegularExpressions;
using HandlebarsDotNet;
using HelpGen.Diagnostics;

namespace HelpGen.Theming;

/// <summary>
/// Turns <see cref="ThemeFiles"/> into compiled templates, strings and assets for <see cref="Theme.Load"/>,
/// collecting every problem (with file and line where the parser gives one) instead of stopping at the first.
/// </summary>
internal sealed partial class ThemeLoader
{
    private const string LayoutFolder = "layouts/";
    private const string PartialFolder = "partials/";
    private const string AssetFolder = "assets/";

    private readonly ThemeFiles _files;
    private readonly List<Diagnostic> _problems;
    private readonly IHandlebars _handlebars;

    public ThemeLoader(ThemeFiles files)
    {
        _files = files;
        _problems = [.. files.Problems];
        _handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        ThemeHelpers.Register(_handlebars);
    }

    public IReadOnlyList<Diagnostic> Problems => _problems;

    /// <summary>Registers every partial, then compiles every layout; null when any of them failed.</summary>
    public IReadOnlyDictionary<string, HandlebarsTemplate<object, object>>? CompileTemplates()
    {
        var before = _problems.Count;
        var partials = TemplateSources(PartialFolder);
        foreach (var (path, text) in partials)
        {
            Try(path, () => _handlebars.RegisterTemplate(PartialName(path), text));
        }

        var layouts = new Dictionary<string, HandlebarsTemplate<object, object>>(StringComparer.Ordinal);
        var sources = TemplateSources(LayoutFolder).ToDictionary(p => p.Path, p => p.Text, StringComparer.Ordinal);
        foreach (var kind in Theme.LayoutKinds)
        {
            var path = $"{LayoutFolder}{kind}.hbs";
            if (!_files.Files.ContainsKey(path))
            {
                _problems.Add(Error(path, $"the theme has no layout for '{kind}' pages"));
            }
            else if (sources.TryGetValue(path, out var text))
            {
                Try(path, () => layouts[kind] = _handlebars.Compile(text));
            }
        }

        CheckPartialReferences(partials.Concat(sources.Select(p => (p.Key, p.Value))));
        return _problems.Count == before ? layouts : null;
    }

    public ThemeStrings? LoadStrings() => ThemeStrings.Load(_files, _problems);

    public IReadOnlyList<ThemeAsset> Assets() =>
        _files.Files
            .Where(f => f.Key.StartsWith(AssetFolder, StringComparison.Ordinal))
            .Select(f => new ThemeAsset($"theme/{f.Key[AssetFolder.Length..]}", f.Value))
            .ToList();

    private List<(string Path, string Text)> TemplateSources(string folder)
    {
        var result = new List<(string, string)>();
        foreach (var (path, bytes) in _files.Files)
        {
            if (path.StartsWith(folder, StringComparison.Ordinal) && path.EndsWith(".hbs", StringComparison.Ordinal))
            {
                var text = ThemeText.Decode(bytes, _files.DisplayPath(path), _problems);
                if (text is not null)
                {
                    result.Add((path, text));
                }
            }
        }

        return result;
    }

    private static string PartialName(string path) => path[PartialFolder.Length..^".hbs".Length];

    private void Try(string path, Action compile)
    {
        try
        {
            compile();
        }
        catch (Exception exception) when (exception is HandlebarsException or InvalidOperationException or ArgumentException)
        {
            // Handlebars.Net throws a few plain .NET exceptions for malformed input too; all of them are theme errors.
            var (line, column) = Position(exception.Message);
            var message = PositionPattern().Replace(exception.Message, string.Empty).Trim().TrimEnd(':');
            _problems.Add(Error(path, $"the template does not parse: {message}", line, column));
        }
    }

    /// <summary>
    /// Handlebars.Net ends parser messages with "Occured at: line:column", zero-based, where the reader stopped:
    /// just after the offending token, so column 0 means the token ended the previous line.
    /// </summary>
    private static (int Line, int Column) Position(string message)
    {
        var match = PositionPattern().Match(message);
        if (!match.Success)
        {
            return (1, 1);
        }

        var line = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var column = int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        return column == 0 ? (Math.Max(line, 1), 1) : (line + 1, column);
    }

    private void CheckPartialReferences(IEnumerable<(string Path, string Text)> templates)
    {
        var known = _files.Files.Keys
            .Where(p => p.StartsWith(PartialFolder, StringComparison.Ordinal) && p.EndsWith(".hbs", StringComparison.Ordinal))
            .Select(PartialName)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (path, text) in templates)
        {
            foreach (Match reference in PartialReferencePattern().Matches(text))
            {
                var name = reference.Groups[1].Value;
                if (!known.Contains(name))
                {
                    var line = text.AsSpan(0, reference.Index).Count('\n') + 1;
                    _problems.Add(Error(path, $"the template uses the partial '{name}', which the theme does not have", line));
                }
            }
        }
    }

    private Diagnostic Error(string path, string message, int line = 1, int column = 1) =>
        new(Severity.Error, DiagnosticCodes.ThemeInvalid, message, _files.DisplayPath(path), line, column);

    // Handlebars.Net reports parser positions as "Occured at: <zero-based line>:<column>".
    [GeneratedRegex(@"Occured at:\s*(\d+):(\d+)")]
    private static partial Regex PositionPattern();

    [GeneratedRegex(@"\{\{~?>\s*([A-Za-z0-9_./-]+)")]
    private static partial Regex PartialReferencePattern();
}
