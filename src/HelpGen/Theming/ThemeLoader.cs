using HelpGen.Diagnostics;
using Scriban;
using Scriban.Parsing;

namespace HelpGen.Theming;

/// <summary>
/// Turns <see cref="ThemeFiles"/> into parsed and checked templates, strings and assets for <see cref="Theme.Load"/>,
/// collecting every problem (at the template's line and column) instead of stopping at the first.
/// </summary>
internal sealed class ThemeLoader(ThemeFiles files)
{
    /// <summary>The extension of theme templates: Scriban with HTML around it.</summary>
    public const string TemplateExtension = ".sbn-html";

    private const string LayoutFolder = "layouts/";
    private const string AssetFolder = "assets/";

    private readonly List<Diagnostic> _problems = [.. files.Problems];

    public IReadOnlyList<Diagnostic> Problems => _problems;

    /// <summary>A template position as diagnostics and render errors show it: <c>path:line:col</c>, one-based.</summary>
    public static string Position(SourceSpan span) => $"{span.FileName}:{span.Start.Line + 1}:{span.Start.Column + 1}";

    /// <summary>Parses every partial and layout, then checks the names they use; null when any of them failed.</summary>
    public (IReadOnlyDictionary<string, Template> Layouts, ThemePartials Partials)? ParseTemplates()
    {
        var before = _problems.Count;
        WarnAboutHandlebars();
        var partialTemplates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var parsed = new List<Template>();
        foreach (var (path, text) in TemplateSources(ThemePartials.Folder))
        {
            if (Parse(path, text) is { } template)
            {
                partialTemplates[ThemePartials.NameOf(path)!] = template;
                parsed.Add(template);
            }
        }

        var layouts = new Dictionary<string, Template>(StringComparer.Ordinal);
        var sources = TemplateSources(LayoutFolder).ToDictionary(p => p.Path, p => p.Text, StringComparer.Ordinal);
        foreach (var kind in Theme.LayoutKinds)
        {
            var path = $"{LayoutFolder}{kind}{TemplateExtension}";
            if (!files.Files.ContainsKey(path))
            {
                _problems.Add(Error(files.DisplayPath(path), $"the theme has no layout for '{kind}' pages ({path})"));
            }
            else if (sources.TryGetValue(path, out var text) && Parse(path, text) is { } template)
            {
                layouts[kind] = template;
                parsed.Add(template);
            }
        }

        var partials = new ThemePartials(partialTemplates);
        var names = files.Files.Keys.Select(ThemePartials.NameOf).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var checker = new TemplateChecker(names, _problems);
        parsed.ForEach(checker.Check);
        parsed.ForEach(template => UiStringExpression.Rewrite(template.Page!));
        return _problems.Skip(before).Any(p => p.IsError) ? null : (layouts, partials);
    }

    public ThemeStrings? LoadStrings() => ThemeStrings.Load(files, _problems);

    /// <summary>The files under assets/, with content hashes in their published names.</summary>
    public IReadOnlyList<ThemeAsset> Assets() =>
        AssetFingerprinter.Apply(files.Files
            .Where(f => f.Key.StartsWith(AssetFolder, StringComparison.Ordinal))
            .Select(f => KeyValuePair.Create(f.Key[AssetFolder.Length..], f.Value))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .ToList());

    private Template? Parse(string path, string text)
    {
        var template = Template.Parse(text, files.DisplayPath(path));
        foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
        {
            _problems.Add(Error(message.Span, $"the template does not parse: {message.Message}"));
        }

        return template.HasErrors ? null : template;
    }

    private List<(string Path, string Text)> TemplateSources(string folder)
    {
        var result = new List<(string, string)>();
        foreach (var (path, bytes) in files.Files)
        {
            if (path.StartsWith(folder, StringComparison.Ordinal) && path.EndsWith(TemplateExtension, StringComparison.Ordinal)
                && path.IndexOf('/', folder.Length) < 0
                && ThemeText.Decode(bytes, files.DisplayPath(path), _problems) is { } text)
            {
                result.Add((path, text));
            }
        }

        return result;
    }

    /// <summary>Themes written for HelpGen before it used Scriban: their .hbs files are ignored, which a warning says.</summary>
    private void WarnAboutHandlebars()
    {
        foreach (var path in files.Files.Keys.Where(p => p.EndsWith(".hbs", StringComparison.Ordinal)))
        {
            _problems.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.ThemeInvalid,
                $"Handlebars templates are no longer read; rename it to {Path.GetFileNameWithoutExtension(path)}{TemplateExtension} and port it to Scriban (see docs/theming.md)",
                files.DisplayPath(path)));
        }
    }

    internal static Diagnostic Error(SourceSpan span, string message) =>
        new(Severity.Error, DiagnosticCodes.ThemeInvalid, message, span.FileName, span.Start.Line + 1, span.Start.Column + 1);

    private static Diagnostic Error(string file, string message) =>
        new(Severity.Error, DiagnosticCodes.ThemeInvalid, message, file);
}
