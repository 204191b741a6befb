using System.CommandLine;
using System.Diagnostics;
using HelpGen.Building;
using HelpGen.Bundling;
using HelpGen.Diagnostics;
using HelpGen.Output;

namespace HelpGen.Cli.Commands;

/// <summary><c>helpgen bundle</c>: an offline zip of the help center that readers open from disk.</summary>
internal sealed class BundleCommand : Command
{
    private readonly Option<string> _source = CommonOptions.Source();
    private readonly Option<string?> _theme = CommonOptions.Theme();
    private readonly Option<bool> _drafts = CommonOptions.Drafts();
    private readonly Option<bool> _force = CommonOptions.Force("an existing file at --output");

    private readonly Option<string[]> _locales = new("--locale")
    {
        Description = "Bundle only this locale (repeat for several). With exactly one, the zip opens on that locale's home.",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string> _output = new("--output", "-o")
    {
        Description = "The zip file to write. An existing file is replaced only with --force; a folder never.",
        DefaultValueFactory = _ => "helpcenter.zip",
    };

    public BundleCommand() : base("bundle", "Write an offline copy of the help center as a zip: unzip anywhere and open index.html, search included, no network needed.")
    {
        Options.Add(_source);
        Options.Add(_theme);
        Options.Add(_drafts);
        Options.Add(_locales);
        Options.Add(_output);
        Options.Add(_force);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var timer = Stopwatch.StartNew();
        var locales = parse.GetValue(_locales) ?? [];
        var stderr = parse.InvocationConfiguration.Error;
        var output = parse.GetValue(_output)!;
        var source = parse.GetValue(_source)!;
        if (string.IsNullOrWhiteSpace(source))
        {
            stderr.WriteLine("helpgen: error HG0003: --source must name the folder with site.yml, e.g. --source articles");
            return ExitCodes.Usage;
        }

        var theme = CommonOptions.ResolveTheme(parse.GetValue(_theme));
        var refusals = OutputGuard.CheckBundleFile(output, CommonOptions.ProtectedFolders(source, theme), parse.GetValue(_force));
        Report.Diagnostics(refusals, stderr);
        if (refusals.Count > 0) return ExitCodes.Usage;
        var options = new BuildOptions(
            source,
            theme,
            parse.GetValue(_drafts),
            LinkStyle: LinkStyle.IndexHtml,
            Locales: locales);
        var result = new SiteBuilder().Build(options);
        Report.Diagnostics(result.Diagnostics, stderr);
        if (result.Output is null)
        {
            stderr.WriteLine($"Bundle failed: {Report.Count(result.Diagnostics)}; '{output}' was not written.");
            return result.HasConfigurationErrors ? ExitCodes.Usage : ExitCodes.ContentErrors;
        }

        var zip = OfflineBundle.Create(result.Output, locales.Length == 1 ? locales[0] : null);
        try
        {
            OfflineBundle.Write(zip, output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"helpgen: error {DiagnosticCodes.OutputWriteFailed}: cannot write the bundle '{output}': {ex.Message}");
            return ExitCodes.Usage;
        }

        parse.InvocationConfiguration.Output.WriteLine(
            $"Bundled {result.LocaleCount} locales, {result.PageCount} pages into {output} ({zip.Length / 1024.0:0} KiB) in {timer.Elapsed.TotalSeconds:0.00} s{Report.Suffix(result.Diagnostics)}.");
        return ExitCodes.Success;
    }
}
