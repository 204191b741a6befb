using System.CommandLine;
using HelpGen.Cli.Help;
using HelpGen.Cli.Terminal;

namespace HelpGen.Cli.Commands;

/// <summary>
/// <c>helpgen</c> itself: the global <c>--verbose</c>/<c>--quiet</c>, the teaching help layout for every command, and,
/// run without a command, the overview of commands (exit 0).
/// </summary>
internal sealed class HelpGenRootCommand : RootCommand, IHasHelp
{
    public HelpGenRootCommand()
        : base("HelpGen builds a multilingual, per-country help center from Markdown articles.\nRun 'helpgen build' in a folder with articles/ to get _site/; 'helpgen <command> --help' explains a command.")
    {
        var verbose = Verbosity.Verbose();
        var quiet = Verbosity.Quiet();
        Options.Add(verbose);
        Options.Add(quiet);
        Verbosity.RejectBoth(verbose, quiet);
        var help = HelpLayout.Install(this);
        SetAction(parse =>
        {
            help.Invoke(parse);
            return ExitCodes.Success;
        });
    }

    public CommandHelp Help { get; } = new(
        [
            ("helpgen build", "build articles/ into _site/"),
            ("helpgen serve", "live preview on http://127.0.0.1:5080/"),
            ("helpgen check --format github", "prove every link; annotate a pull request"),
        ],
        "Results go to stdout; diagnostics, progress and --verbose timings go to stderr.\nProgress is drawn only on an interactive terminal, never when redirected or with CI=true, NO_COLOR or TERM=dumb.",
        ExitCodes.Common);
}
