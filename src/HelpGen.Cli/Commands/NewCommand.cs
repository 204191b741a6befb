using System.CommandLine;
using HelpGen.Cli.Help;
using HelpGen.Cli.Terminal;
using HelpGen.Configuration;
using HelpGen.Diagnostics;

namespace HelpGen.Cli.Commands;

/// <summary><c>helpgen new section/slug</c>: starts an article with front matter in the right folder.</summary>
internal sealed class NewCommand : Command, IHasHelp
{
    private readonly Argument<string> _key = new("section/slug")
    {
        Description = "The new article's key, e.g. faq/change-email. The section must be listed in site.yml.",
    };

    private readonly Option<string> _source = CommonOptions.Source();

    private readonly Option<string> _language = new("--language", "-l")
    {
        Description = "Language folder to create the article in (ISO 639-1).",
        DefaultValueFactory = _ => "en",
    };

    private readonly Option<string?> _title = new("--title")
    {
        Description = "The article's title, any text on one line (quotes, backslashes, ':' and '#' are fine). Default: made from the slug.",
    };

    public NewCommand() : base("new", "Create a new article file with front matter, ready to write.")
    {
        Arguments.Add(_key);
        Options.Add(_source);
        Options.Add(_language);
        Options.Add(_title);
        SetAction(Run);
    }

    public CommandHelp Help { get; } = new(
        [
            ("helpgen new faq/change-email", "creates articles/en/faq/change-email.md"),
            ("helpgen new payouts/bank-card --language ru", "the same in articles/ru/"),
            ("helpgen new faq/refunds --title \"Get a refund\"", "with a title of your own"),
        ],
        "\"Created <path>\" goes to stdout; problems go to stderr. An existing article is never overwritten.",
        [
            (ExitCodes.Success, "the article was created"),
            (ExitCodes.Usage, "bad key, unknown section or language, the article exists, or site.yml is missing or invalid"),
        ]);

    private int Run(ParseResult parse)
    {
        var console = CommandConsole.From(parse);
        var source = parse.GetValue(_source)!;
        if (string.IsNullOrWhiteSpace(source))
        {
            return console.UsageError(DiagnosticCodes.ConfigInvalidValue, "--source must name the folder with site.yml, e.g. --source articles");
        }

        var diagnostics = new DiagnosticBag();
        var paths = new DisplayPaths(Environment.CurrentDirectory);
        var config = SiteConfigLoader.Load(source, diagnostics, paths);
        console.Diagnostics(diagnostics.Sorted);
        if (config is null) return ExitCodes.Usage;

        var key = parse.GetValue(_key)!;
        var language = parse.GetValue(_language)!;
        var parts = key.Split('/');
        var problem = parts.Length != 2 || parts.Any(p => p.Length == 0 || !p.All(c => char.IsLetterOrDigit(c) || c is '-' or '_'))
            ? $"'{key}' is not a key like faq/change-email (letters, digits, '-', '_')"
            : config.FindSection(parts[0]) is null ? $"section '{parts[0]}' is not in site.yml (known: {string.Join(", ", config.Sections.Select(s => s.Id))})"
            : config.Languages.Contains(language) ? null : $"no locale in site.yml uses language '{language}'";
        if (problem is not null)
        {
            return console.UsageError(DiagnosticCodes.ConfigInvalidValue, problem);
        }

        var path = Path.Combine(source, language, parts[0], parts[1] + ".md");
        if (File.Exists(path))
        {
            return console.UsageError(DiagnosticCodes.ConfigInvalidValue, "the article already exists", paths.For(path));
        }

        var title = parse.GetValue(_title) ?? char.ToUpperInvariant(parts[1][0]) + parts[1][1..].Replace('-', ' ');
        if (string.IsNullOrWhiteSpace(title) || title.Any(char.IsControl))
        {
            return console.UsageError(DiagnosticCodes.ConfigInvalidValue, "--title must be one line of text (no line breaks, tabs or other control characters)");
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, $"---\ntitle: {YamlSingleQuoted(title)}\nsummary: ''\ntags: []\n---\n\nWrite the introduction here.\n\n## First step\n\n1. ...\n");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return console.UsageError(DiagnosticCodes.OutputWriteFailed, $"cannot create the article: {ex.Message}", paths.For(path));
        }

        console.Result($"Created {paths.For(path)}");
        return ExitCodes.Success;
    }

    /// <summary>A YAML single-quoted scalar: every character is literal except the quote, which doubles.</summary>
    private static string YamlSingleQuoted(string text) => "'" + text.Replace("'", "''") + "'";
}
