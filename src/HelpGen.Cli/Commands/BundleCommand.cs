using HelpGen.Output;
using System.CommandLine;
using System.Diagnostics;
using HelpGen.Building;
using HelpGen.Bundling;
using HelpGen.Cli.Help;
using HelpGen.Cli.Terminal;
using HelpGen.Diagnostics;

namespace HelpGen.Cli.Commands;

/// <summary><c>helpgen bundle</c>: an offline zip of the help center that readers open from disk.</summary>
internal sealed class BundleCommand : Command, IHasHelp
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

    public CommandHelp Help { get; } = new(
        [
            ("helpgen bundle", "every locale into helpcenter.zip"),
            ("helpgen bundle --locale ru-kz --output ru-kz.zip", "one locale; the zip opens on its home page"),
            ("helpgen bundle --locale en-us --locale de-de", "two locales; the switcher offers only these"),
        ],
        "The summary line (\"Bundled 4 locales, 108 pages into helpcenter.zip (2100 KiB) in 2.10 s.\") goes to stdout;\ndiagnostics, progress and --verbose timings go to stderr. On errors the zip is not written.",
        ExitCodes.Common);

    private int Run(ParseResult parse)
    {
        var timer = Stopwatch.StartNew();
        var console = CommandConsole.From(parse);
        var locales = parse.GetValue(_locales) ?? [];
        var output = parse.GetValue(_output)!;
        var source = parse.GetValue(_source)!;
        if (string.IsNullOrWhiteSpace(source))
        {
            return console.UsageError(DiagnosticCodes.ConfigInvalidValue, "--source must name the folder with site.yml, e.g. --source articles");
        }

        var theme = CommonOptions.ResolveTheme(parse.GetValue(_theme));
        var refusals = OutputGuard.CheckBundleFile(output, CommonOptions.ProtectedFolders(source, theme), parse.GetValue(_force));
        console.Diagnostics(refusals);
        if (refusals.Count > 0) return ExitCodes.Usage;
        var options = new BuildOptions(source, theme, parse.GetValue(_drafts), LinkStyle: LinkStyle.IndexHtml, Locales: locales, DisplayRoot: Environment.CurrentDirectory);
        BuildResult result;
        byte[]? zip;
        try
        {
            (result, zip) = console.Track(progress =>
            {
                var built = new SiteBuilder().Build(options with { Progress = progress });
                if (built.Output is null) return (built, (byte[]?)null);
                var bytes = OfflineBundle.Create(built.Output, locales.Length == 1 ? locales[0] : null, progress);
                CommandStages.Run(progress, CommandStages.WriteZip, 1, () => OfflineBundle.Write(bytes, output));
                return (built, bytes);
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return console.UsageError(DiagnosticCodes.OutputWriteFailed, $"cannot write the bundle '{output}': {ex.Message}");
        }

        console.Diagnostics(result.Diagnostics);
        if (zip is null)
        {
            console.Fail($"Bundle failed: {Report.Count(result.Diagnostics)}; '{output}' was not written.");
            return result.HasConfigurationErrors ? ExitCodes.Usage : ExitCodes.ContentErrors;
        }

        console.Result(
            $"Bundled {result.LocaleCount} locales, {result.PageCount} pages into {output} ({zip.Length / 1024.0:0} KiB) in {timer.Elapsed.TotalSeconds:0.00} s{Report.Suffix(result.Diagnostics)}.");
        return ExitCodes.Success;
    }
}
