using System.CommandLine;
using System.Diagnostics;
using HelpGen.Building;
using HelpGen.Cli.Help;
using HelpGen.Cli.Terminal;
using HelpGen.Diagnostics;
using HelpGen.Output;

namespace HelpGen.Cli.Commands;

/// <summary><c>helpgen build</c>: renders the source folder into a static site.</summary>
internal sealed class BuildCommand : Command, IHasHelp
{
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(5);
    private readonly Option<string> _source = CommonOptions.Source();
    private readonly Option<string?> _theme = CommonOptions.Theme();
    private readonly Option<bool> _drafts = CommonOptions.Drafts();
    private readonly Option<bool> _force = CommonOptions.Force("an existing output folder");

    private readonly Option<string> _output = new("--output", "-o")
    {
        Description = $"Folder to write the site to. It is replaced only when the build succeeds, and only if it is empty or a previous build wrote it (it holds {OutputFolder.MarkerName}).",
        DefaultValueFactory = _ => "_site",
    };

    private readonly Option<string?> _baseUrl = new("--base-url")
    {
        Description = "Public URL of the site (overrides baseUrl in site.yml); used for sitemap.xml, canonical and hreflang links.",
    };

    public BuildCommand() : base("build", "Build the help center into a static site. On errors the previous output is left untouched.")
    {
        Options.Add(_source);
        Options.Add(_theme);
        Options.Add(_output);
        Options.Add(_drafts);
        Options.Add(_baseUrl);
        Options.Add(_force);
        SetAction(Run);
    }

    public CommandHelp Help { get; } = new(
        [
            ("helpgen build", "build articles/ with themes/default/ into _site/"),
            ("helpgen build --drafts --output preview", "include drafts, write to preview/"),
            ("helpgen build --base-url https://help.example.org/", "set the public URL for sitemap.xml and hreflang links"),
        ],
        "The summary line (\"Built 4 locales, 108 pages into _site/ in 0.90 s.\") goes to stdout; diagnostics\n(path:line:col: error HG1234: message), progress and --verbose timings go to stderr.\n" +
        "A rebuild into the same folder keeps it when nothing changed, and renders only the pages an edit can\nchange when only article bodies changed (the summary says how many were kept); the records are in\n.helpgen-cache/ next to the output folder, safe to delete.",
        ExitCodes.Common);

    private int Run(ParseResult parse)
    {
        var console = CommandConsole.From(parse);
        var output = parse.GetValue(_output)!;
        var options = new BuildOptions(parse.GetValue(_source)!, CommonOptions.ResolveTheme(parse.GetValue(_theme)), parse.GetValue(_drafts), parse.GetValue(_baseUrl), DisplayRoot: Environment.CurrentDirectory, UseCache: true);
        if (string.IsNullOrWhiteSpace(options.SourceDirectory))
        {
            return console.UsageError(DiagnosticCodes.ConfigInvalidValue, "--source must name the folder with site.yml, e.g. --source articles");
        }

        if (options.BaseUrlOverride is { } url && !CommonOptions.IsHttpUrl(url))
        {
            return console.UsageError(DiagnosticCodes.ConfigInvalidValue, $"--base-url '{url}' must be an absolute http(s) URL like https://help.example.org/");
        }

        var refusals = OutputGuard.CheckSiteFolder(output, CommonOptions.ProtectedFolders(options.SourceDirectory, options.ThemeDirectory), parse.GetValue(_force));
        console.Diagnostics(refusals);
        if (refusals.Count > 0) return ExitCodes.Usage;
        try
        {
            return BuildLocked(console, options, output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return console.UsageError(DiagnosticCodes.OutputWriteFailed, $"cannot write the output folder '{output}': {ex.Message}");
        }
    }

    /// <summary>Holds the output's lock from recovery to the swap, so two builds into one folder never interleave.</summary>
    private static int BuildLocked(CommandConsole console, BuildOptions options, string output)
    {
        var timer = Stopwatch.StartNew();
        var folder = new OutputFolder(RealPath.Resolve(output));
        using var held = OutputLock.TryAcquire(folder, LockWait, out var holder);
        if (held is null)
        {
            return console.UsageError(DiagnosticCodes.OutputLocked, $"the output folder '{output}' is being written by {holder}; wait for that build to finish and run again");
        }

        folder.Recover();
        // Pages are written into the staging folder as they are rendered; it replaces the output only without errors.
        var result = console.Track(progress => new SiteBuilder().Build(options with { Progress = progress }, folder.Path, TestHooks.Checkpoint(), TestHooks.AllowExchange));
        console.Diagnostics(result.Diagnostics);
        if (result.HasErrors)
        {
            console.Fail($"Build failed: {Report.Count(result.Diagnostics)}; '{output}' was left untouched.");
            return result.HasConfigurationErrors ? ExitCodes.Usage : ExitCodes.ContentErrors;
        }

        console.Result(
            $"Built {result.LocaleCount} locales, {result.PageCount} pages into {output}/ in {timer.Elapsed.TotalSeconds:0.00} s{(result.FromCache ? " (nothing changed: output kept)" : result.KeptPages > 0 ? $" ({result.KeptPages} unchanged pages kept)" : string.Empty)}{Report.Suffix(result.Diagnostics)}.");
        return ExitCodes.Success;
    }
}
