using HelpGen.Output;
using System.CommandLine;
using System.Diagnostics;
using HelpGen.Building;
using HelpGen.Bundling;

namespace HelpGen.Cli.Commands;

/// <summary><c>helpgen bundle</c>: an offline zip of the help center that readers open from disk.</summary>
internal sealed class BundleCommand : Command
{
    private readonly Option<string> _source = CommonOptions.Source();
    private readonly Option<string?> _theme = CommonOptions.Theme();
    private readonly Option<bool> _drafts = CommonOptions.Drafts();

    private readonly Option<string[]> _locales = new("--locale")
    {
        Description = "Bundle only this locale (repeat for several). With exactly one, the zip opens on that locale's home.",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string> _output = new("--output", "-o")
    {
        Description = "The zip file to write.",
        DefaultValueFactory = _ => "helpcenter.zip",
    };

    public BundleCommand() : base("bundle", "Write an offline copy of the help center as a zip: unzip anywhere and open index.html, search included, no network needed.")
    {
        Options.Add(_source);
        Options.Add(_theme);
        Options.Add(_drafts);
        Options.Add(_locales);
        Options.Add(_output);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var timer = Stopwatch.StartNew();
        var locales = parse.GetValue(_locales) ?? [];
        var options = new BuildOptions(
            parse.GetValue(_source)!,
            CommonOptions.ResolveTheme(parse.GetValue(_theme)),
            parse.GetValue(_drafts),
            LinkStyle: LinkStyle.IndexHtml,
            Locales: locales,
            DisplayRoot: Environment.CurrentDirectory);
        var result = new SiteBuilder().Build(options);
        var stderr = parse.InvocationConfiguration.Error;
        Report.Diagnostics(result.Diagnostics, stderr);
        var output = parse.GetValue(_output)!;
        if (result.Output is null)
        {
            stderr.WriteLine($"Bundle failed: {Report.Count(result.Diagnostics)}; '{output}' was not written.");
            return result.HasConfigurationErrors ? ExitCodes.Usage : ExitCodes.ContentErrors;
        }

        var zip = OfflineBundle.Create(result.Output, locales.Length == 1 ? locales[0] : null);
        OfflineBundle.Write(zip, output);
        parse.InvocationConfiguration.Output.WriteLine(
            $"Bundled {result.LocaleCount} locales, {result.PageCount} pages into {output} ({zip.Length / 1024.0:0} KiB) in {timer.Elapsed.TotalSeconds:0.00} s{Report.Suffix(result.Diagnostics)}.");
        return ExitCodes.Success;
    }
}
