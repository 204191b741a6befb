using System.CommandLine;
using System.Diagnostics;
using HelpGen.Building;
using HelpGen.Diagnostics;
using HelpGen.Output;

namespace HelpGen.Cli.Commands;

/// <summary><c>helpgen build</c>: renders the source folder into a static site.</summary>
internal sealed class BuildCommand : Command
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

    private int Run(ParseResult parse)
    {
        var output = parse.GetValue(_output)!;
        var options = new BuildOptions(parse.GetValue(_source)!, CommonOptions.ResolveTheme(parse.GetValue(_theme)), parse.GetValue(_drafts), parse.GetValue(_baseUrl));
        var stderr = parse.InvocationConfiguration.Error;
        if (string.IsNullOrWhiteSpace(options.SourceDirectory))
        {
            stderr.WriteLine("helpgen: error HG0003: --source must name the folder with site.yml, e.g. --source articles");
            return ExitCodes.Usage;
        }

        if (options.BaseUrlOverride is { } url && !CommonOptions.IsHttpUrl(url))
        {
            stderr.WriteLine($"helpgen: error HG0003: --base-url '{url}' must be an absolute http(s) URL like https://help.example.org/");
            return ExitCodes.Usage;
        }

        var refusals = OutputGuard.CheckSiteFolder(output, CommonOptions.ProtectedFolders(options.SourceDirectory, options.ThemeDirectory), parse.GetValue(_force));
        Report.Diagnostics(refusals, stderr);
        if (refusals.Count > 0) return ExitCodes.Usage;
        try
        {
            return BuildLocked(parse, options, output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"helpgen: error {DiagnosticCodes.OutputWriteFailed}: cannot write the output folder '{output}': {ex.Message}");
            return ExitCodes.Usage;
        }
    }

    /// <summary>Holds the output's lock from recovery to the swap, so two builds into one folder never interleave.</summary>
    private static int BuildLocked(ParseResult parse, BuildOptions options, string output)
    {
        var timer = Stopwatch.StartNew();
        var stderr = parse.InvocationConfiguration.Error;
        var folder = new OutputFolder(RealPath.Resolve(output));
        using var held = OutputLock.TryAcquire(folder, LockWait, out var holder);
        if (held is null)
        {
            stderr.WriteLine($"helpgen: error {DiagnosticCodes.OutputLocked}: the output folder '{output}' is being written by {holder}; wait for that build to finish and run again");
            return ExitCodes.Usage;
        }

        folder.Recover();
        var result = new SiteBuilder().Build(options);
        Report.Diagnostics(result.Diagnostics, stderr);
        if (result.Output is null)
        {
            stderr.WriteLine($"Build failed: {Report.Count(result.Diagnostics)}; '{output}' was left untouched.");
            return result.HasConfigurationErrors ? ExitCodes.Usage : ExitCodes.ContentErrors;
        }

        SiteWriter.Write(result.Output, folder.Path, TestHooks.Checkpoint(), TestHooks.AllowExchange);
        parse.InvocationConfiguration.Output.WriteLine(
            $"Built {result.LocaleCount} locales, {result.PageCount} pages into {output}/ in {timer.Elapsed.TotalSeconds:0.00} s{Report.Suffix(result.Diagnostics)}.");
        return ExitCodes.Success;
    }
}
