using System.CommandLine;
using System.Diagnostics;
using HelpGen.Building;

namespace HelpGen.Cli.Commands;

/// <summary><c>helpgen build</c>: renders the source folder into a static site.</summary>
internal sealed class BuildCommand : Command
{
    private readonly Option<string> _source = CommonOptions.Source();
    private readonly Option<string?> _theme = CommonOptions.Theme();
    private readonly Option<bool> _drafts = CommonOptions.Drafts();

    private readonly Option<string> _output = new("--output", "-o")
    {
        Description = "Folder to write the site to. It is replaced only when the build succeeds.",
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
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var timer = Stopwatch.StartNew();
        var output = parse.GetValue(_output)!;
        var options = new BuildOptions(parse.GetValue(_source)!, CommonOptions.ResolveTheme(parse.GetValue(_theme)), parse.GetValue(_drafts), parse.GetValue(_baseUrl), DisplayRoot: Environment.CurrentDirectory, UseCache: true);
        var stderr = parse.InvocationConfiguration.Error;
        if (CommonOptions.Overlaps(options.SourceDirectory, output))
        {
            stderr.WriteLine($"helpgen: error HG0003: the output folder '{output}' must not contain or be inside the source folder '{options.SourceDirectory}'");
            return ExitCodes.Usage;
        }

        if (options.BaseUrlOverride is { } url && !CommonOptions.IsHttpUrl(url))
        {
            stderr.WriteLine($"helpgen: error HG0003: --base-url '{url}' must be an absolute http(s) URL like https://help.example.org/");
            return ExitCodes.Usage;
        }

        var result = new SiteBuilder().Build(options, output);
        Report.Diagnostics(result.Diagnostics, stderr);
        if (result.HasErrors)
        {
            stderr.WriteLine($"Build failed: {Report.Count(result.Diagnostics)}; '{output}' was left untouched.");
            return result.HasConfigurationErrors ? ExitCodes.Usage : ExitCodes.ContentErrors;
        }

        parse.InvocationConfiguration.Output.WriteLine(
            $"Built {result.LocaleCount} locales, {result.PageCount} pages into {output}/ in {timer.Elapsed.TotalSeconds:0.00} s{(result.FromCache ? " (nothing changed: output kept)" : string.Empty)}{Report.Suffix(result.Diagnostics)}.");
        return ExitCodes.Success;
    }
}
