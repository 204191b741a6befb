using System.CommandLine;
using System.Text.RegularExpressions;
using HelpGen.Building;
using HelpGen.Checks;
using HelpGen.Checks.External;
using HelpGen.Checks.Reporting;
using HelpGen.Cli.Help;
using HelpGen.Cli.Terminal;
using HelpGen.Diagnostics;

namespace HelpGen.Cli.Commands;

/// <summary>
/// <c>helpgen check</c>: proves every link, anchor, cross-reference and resource of the site built from source, or
/// of any folder of HTML with <c>--site</c>, and prints the report to stdout. Exit 0 clean (warnings allowed unless
/// <c>--fail-on warning</c>), 1 errors found, 2 bad usage or configuration.
/// </summary>
internal sealed class CheckCommand : Command, IHasHelp
{
    public CheckCommand() : base("check", "Check every link, anchor, cross-reference and resource; report where authors fix them.")
    {
        Format.AcceptOnlyFromAmong("text", "json", "sarif", "github");
        FailOn.AcceptOnlyFromAmong("error", "warning");
        Options.Add(Site);
        Options.Add(Source);
        Options.Add(Theme);
        Options.Add(Drafts);
        Options.Add(Format);
        Options.Add(External);
        Options.Add(BaseUrl);
        Options.Add(Ignore);
        Options.Add(Cache);
        Options.Add(PrettyUrls);
        Options.Add(FailOn);
        SetAction(RunAsync);
    }

    public Option<string?> Site { get; } = new("--site") { Description = "Check this folder of HTML instead of building the source." };

    public Option<string> Source { get; } = CommonOptions.Source();

    public Option<string?> Theme { get; } = CommonOptions.Theme();

    public Option<bool> Drafts { get; } = CommonOptions.Drafts();

    public Option<string> Format { get; } = new("--format")
    {
        Description = "Report format: text, json, sarif or github (workflow annotations).",
        DefaultValueFactory = _ => "text",
    };

    public Option<bool> External { get; } = new("--external") { Description = "Also check external http(s) links (cached; see --cache)." };

    public Option<string?> BaseUrl { get; } = new("--base-url")
    {
        Description = "The site's production address: absolute links under it are checked as internal. Default: site.yml's baseUrl.",
    };

    public Option<string[]> Ignore { get; } = new("--ignore")
    {
        Description = "A regular expression; links matching it are not checked. Repeatable; adds to site.yml's check.ignore.",
        DefaultValueFactory = _ => [],
    };

    public Option<string> Cache { get; } = new("--cache")
    {
        Description = "File remembering external links that answered well, for one day.",
        DefaultValueFactory = _ => ".helpgen-cache/external-links.json",
    };

    public Option<bool> PrettyUrls { get; } = new("--pretty-urls")
    {
        Description = "Accept links that leave out .html (about for about.html), as Netlify, GitHub Pages and Cloudflare Pages serve them. Also site.yml's check.prettyUrls.",
    };

    public Option<string> FailOn { get; } = new("--fail-on")
    {
        Description = "What makes the exit code 1: error (default) or warning (warnings too: duplicate ids, permanent redirects).",
        DefaultValueFactory = _ => "error",
    };

    public CommandHelp Help { get; } = new(
        [
            ("helpgen check", "build articles/ in memory and check it"),
            ("helpgen check --site _site --external", "check a built folder, external links too"),
            ("helpgen check --format github", "annotate a pull request's Markdown lines"),
        ],
        "The report goes to stdout (text, json, sarif or github); build diagnostics of a failed configuration,\nprogress (\"parsed N of M pages\" on sites over 500 pages when not on a terminal) and --verbose timings go to stderr.",
        [
            (ExitCodes.Success, "no errors (warnings may be listed, unless --fail-on warning)"),
            (ExitCodes.ContentErrors, "the report lists errors (or, with --fail-on warning, warnings): broken links, anchors, cross-references or resources"),
            (ExitCodes.Usage, "bad usage or configuration: invalid --ignore pattern, missing --site folder, invalid site.yml or theme"),
        ]);

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var console = CommandConsole.From(parseResult);
        var output = console.Out;
        var ignore = parseResult.GetValue(Ignore) ?? [];
        if (FindInvalidPattern(ignore) is { } invalid)
        {
            return console.UsageError(DiagnosticCodes.ConfigInvalidValue, $"--ignore '{invalid}' is not a valid regular expression.");
        }

        var site = parseResult.GetValue(Site);
        var outcome = await console.TrackAsync(progress => site is null
            ? CheckSourceAsync(parseResult, ignore, console, progress, cancellationToken)
            : CheckSiteAsync(parseResult, site, ignore, console, progress, cancellationToken));
        if (outcome.Report is not { } report)
        {
            return outcome.ExitCode;
        }

        var format = Enum.Parse<CheckReportFormat>(parseResult.GetValue(Format)!, ignoreCase: true);
        if (console.IsQuiet) report = report with { Problems = [.. report.Problems.Where(p => p.IsError)] };
        CheckReportFormatters.Create(format, format == CheckReportFormat.Text && TerminalCapabilities.UsesColor(output)).Write(report, output);
        var failOnWarnings = parseResult.GetValue(FailOn) == "warning";
        return report.HasErrors || (failOnWarnings && report.WarningCount > 0) ? ExitCodes.ContentErrors : ExitCodes.Success;
    }

    private async Task<CheckOutcome> CheckSiteAsync(ParseResult parseResult, string site, string[] ignore, CommandConsole console, IProgress<BuildProgress> progress, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(site))
        {
            return new CheckOutcome(null, console.UsageError(DiagnosticCodes.ConfigInvalidValue, $"--site: the folder '{site}' does not exist."));
        }

        var options = CreateOptions(parseResult, parseResult.GetValue(BaseUrl), ignore, null, false, progress);
        try
        {
            var report = await new LinkChecker().CheckDirectoryAsync(site, options, cancellationToken);
            return new CheckOutcome(report, ExitCodes.Success);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new CheckOutcome(null, console.UsageError(DiagnosticCodes.OutputWriteFailed, $"cannot read the site folder '{site}': {ex.Message}"));
        }
    }

    /// <summary>
    /// Builds the source into memory (keeping the output despite content errors, which join the report)
    /// and checks the result. Configuration errors exit with 2.
    /// </summary>
    private async Task<CheckOutcome> CheckSourceAsync(ParseResult parseResult, string[] ignore, CommandConsole console, IProgress<BuildProgress> progress, CancellationToken cancellationToken)
    {
        var baseUrl = parseResult.GetValue(BaseUrl);
        var build = new SiteBuilder().Build(new BuildOptions(
            parseResult.GetValue(Source)!,
            CommonOptions.ResolveTheme(parseResult.GetValue(Theme)),
            parseResult.GetValue(Drafts),
            baseUrl,
            KeepOutputOnErrors: true,
            DisplayRoot: Environment.CurrentDirectory,
            Progress: progress));
        if (build.HasConfigurationErrors || build.Output is null || build.Config is null)
        {
            console.Diagnostics(build.Diagnostics);
            return new CheckOutcome(null, ExitCodes.Usage);
        }

        var config = build.Config;
        var locales = config.Locales.Select(l => l.Code).ToList();
        var options = CreateOptions(parseResult, baseUrl ?? config.BaseUrl, [.. config.Check.Ignore, .. ignore], locales, config.Check.PrettyUrls, progress);
        var report = await new LinkChecker().CheckAsync(build.Output, options, cancellationToken);
        return new CheckOutcome(report.WithBuildDiagnostics(build.Diagnostics), ExitCodes.Success);
    }

    private CheckOptions CreateOptions(
        ParseResult parseResult, string? baseUrl, IReadOnlyList<string> ignore, IReadOnlyList<string>? localeOrder, bool prettyUrls, IProgress<BuildProgress> progress)
    {
        var external = parseResult.GetValue(External)
            ? new ExternalCheckOptions(CacheFile: parseResult.GetValue(Cache))
            : null;
        var pretty = prettyUrls || parseResult.GetValue(PrettyUrls);
        return new CheckOptions(baseUrl, ignore, localeOrder, external, progress, pretty);
    }

    private static string? FindInvalidPattern(IEnumerable<string> patterns)
    {
        foreach (var pattern in patterns)
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException)
            {
                return pattern;
            }
        }

        return null;
    }

    private sealed record CheckOutcome(CheckReport? Report, int ExitCode);
}
