using System.CommandLine;
using HelpGen.Cli.Help;
using HelpGen.Cli.Terminal;
using HelpGen.Diagnostics;
using HelpGen.Translations;

namespace HelpGen.Cli.Commands;

/// <summary>
/// <c>helpgen translations</c>: which articles each language (and country variant) lacks or has older than the
/// reference language. A report: exit 0, unless <c>--fail-on</c> names a status that was found (exit 1).
/// </summary>
internal sealed class TranslationsCommand : Command, IHasHelp
{
    private readonly Option<string> _source = CommonOptions.Source();

    private readonly Option<string> _format = new("--format")
    {
        Description = "Report format: text, json or github (workflow warnings on the stale files).",
        DefaultValueFactory = _ => "text",
    };

    private readonly Option<string[]> _failOn = new("--fail-on")
    {
        Description = "Exit with 1 when an article is 'missing' or 'outdated' (repeat for both). Default: always 0.",
        DefaultValueFactory = _ => [],
    };

    public TranslationsCommand() : base("translations", "Report missing and outdated translations against the reference language (site.yml's fallback, else the default locale's).")
    {
        _format.AcceptOnlyFromAmong("text", "json", "github");
        _failOn.AcceptOnlyFromAmong("missing", "outdated");
        Options.Add(_source);
        Options.Add(_format);
        Options.Add(_failOn);
        SetAction(Run);
    }

    public CommandHelp Help { get; } = new(
        [
            ("helpgen translations", "what each language lacks or has older than the reference language"),
            ("helpgen translations --format github", "workflow warnings on the stale files of a pull request"),
            ("helpgen translations --fail-on missing", "exit 1 when any translation is missing"),
        ],
        "The report (text, json or github) goes to stdout; diagnostics and --verbose timings go to stderr.",
        [
            (ExitCodes.Success, "the report was written (whatever it lists, unless --fail-on matches)"),
            (ExitCodes.ContentErrors, "--fail-on names a status that was found, or the content has errors"),
            (ExitCodes.Usage, "bad usage, or site.yml is missing or invalid"),
        ]);

    private int Run(ParseResult parse)
    {
        var console = CommandConsole.From(parse);
        var diagnostics = new DiagnosticBag();
        var report = TranslationAnalyzer.Analyze(parse.GetValue(_source)!, diagnostics, new DisplayPaths(Environment.CurrentDirectory));
        console.Diagnostics(diagnostics.Sorted);
        if (report is null) return ExitCodes.Usage;

        var format = Enum.Parse<TranslationReportFormat>(parse.GetValue(_format)!, ignoreCase: true);
        TranslationReportWriter.Write(report, format, console.Out);
        var failOn = parse.GetValue(_failOn) ?? [];
        var failed = failOn.Any(s => report.Has(Enum.Parse<TranslationStatus>(s, ignoreCase: true)));
        return failed || diagnostics.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Success;
    }
}
