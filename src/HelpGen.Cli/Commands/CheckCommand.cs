using System.CommandLine;
using System.Text.RegularExpressions;
using HelpGen.Building;
using HelpGen.Checks;
using HelpGen.Checks.Reporting;

namespace HelpGen.Cli.Commands;

/// <summary>
/// <c>helpgen check</c>: proves every link, anchor, cross-reference and resource of the site built from source, or
/// of any folder of HTML with <c>--site</c>, and prints the report to stdout. Exit 0 clean, 1 errors found, 2 bad usage.
/// </summary>
internal sealed class CheckCommand : Command
{
    private const int ProgressEvery = 500;

    public CheckCommand() : base("check", "Check every link, anchor, cross-reference and resource; report where authors fix them.")
    {
        Format.AcceptOnlyFromAmong("text", "json", "sarif", "github");
        Options.Add(Site);
        Options.Add(Source);
        Options.Add(Theme);
        Options.Add(Drafts);
        Options.Add(Format);
        Options.Add(External);
        Options.Add(BaseUrl);
        Options.Add(Ignore);
        Options.Add(Cache);
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

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        var ignore = parseResult.GetValue(Ignore) ?? [];
        if (FindInvalidPattern(ignore) is { } invalid)
        {
            await error.WriteLineAsync($"helpgen check: --ignore '{invalid}' is not a valid regular expression.");
            return 2;
        }

        var site = parseResult.GetValue(Site);
        var outcome = site is null
            ? await CheckSourceAsync(parseResult, ignore, error, cancellationToken)
            : await CheckSiteAsync(parseResult, site, ignore, error, cancellationToken);
        if (outcome.Report is not { } report)
        {
            return outcome.ExitCode;
        }

        var format = Enum.Parse<CheckReportFormat>(parseResult.GetValue(Format)!, ignoreCase: true);
        CheckReportFormatters.Create(format, UseColor(format, output)).Write(report, output);
        return report.HasErrors ? 1 : 0;
    }

    private async Task<CheckOutcome> CheckSiteAsync(ParseResult parseResult, string site, string[] ignore, TextWriter error, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(site))
        {
            await error.WriteLineAsync($"helpgen check: error HG0003: the site folder '{site}' does not exist.");
            return new CheckOutcome(null, 2);
        }

        var options = CreateOptions(parseResult, parseResult.GetValue(BaseUrl), ignore, null, error);
        try
        {
            var report = await new LinkChecker().CheckDirectoryAsync(site, options, cancellationToken);
            return new CheckOutcome(report, 0);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"helpgen check: error {HelpGen.Diagnostics.DiagnosticCodes.OutputWriteFailed}: cannot read the site folder '{site}': {ex.Message}");
            return new CheckOutcome(null, 2);
        }
    }

    /// <summary>
    /// Builds the source into memory (keeping the output despite content errors, which join the report)
    /// and checks the result. Configuration errors exit with 2.
    /// </summary>
    private async Task<CheckOutcome> CheckSourceAsync(ParseResult parseResult, string[] ignore, TextWriter error, CancellationToken cancellationToken)
    {
        var baseUrl = parseResult.GetValue(BaseUrl);
        var build = new SiteBuilder().Build(new BuildOptions(
            parseResult.GetValue(Source)!,
            CommonOptions.ResolveTheme(parseResult.GetValue(Theme)),
            parseResult.GetValue(Drafts),
            baseUrl,
            KeepOutputOnErrors: true));
        if (build.HasConfigurationErrors || build.Output is null || build.Config is null)
        {
            Report.Diagnostics(build.Diagnostics, error);
            return new CheckOutcome(null, 2);
        }

        var config = build.Config;
        var options = CreateOptions(parseResult, baseUrl ?? config.BaseUrl, [.. config.Check.Ignore, .. ignore], config.Locales.Select(l => l.Code).ToList(), error);
        var report = await new LinkChecker().CheckAsync(build.Output, options, cancellationToken);
        return new CheckOutcome(report.WithBuildDiagnostics(build.Diagnostics), 0);
    }

    private CheckOptions CreateOptions(ParseResult parseResult, string? baseUrl, IReadOnlyList<string> ignore, IReadOnlyList<string>? localeOrder, TextWriter error)
    {
        var external = parseResult.GetValue(External)
            ? new ExternalCheckOptions(CacheFile: parseResult.GetValue(Cache))
            : null;
        return new CheckOptions(baseUrl, ignore, localeOrder, external, new ProgressLines(error));
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

    private static bool UseColor(CheckReportFormat format, TextWriter output) =>
        format == CheckReportFormat.Text
        && ReferenceEquals(output, Console.Out)
        && !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    private sealed record CheckOutcome(CheckReport? Report, int ExitCode);

    /// <summary>Prints "checked N of M pages" to stderr every 500 pages, only for sites of more than 500 pages.</summary>
    private sealed class ProgressLines(TextWriter error) : IProgress<CheckProgress>
    {
        private readonly Lock _gate = new();
        private int _printed;

        public void Report(CheckProgress value)
        {
            if (value.PagesTotal <= ProgressEvery)
            {
                return;
            }

            lock (_gate)
            {
                var step = value.PagesDone / ProgressEvery;
                if (step > _printed)
                {
                    _printed = step;
                    error.WriteLine($"helpgen check: parsed {value.PagesDone} of {value.PagesTotal} pages");
                }
            }
        }
    }
}
