using System.CommandLine;
using System.Runtime.InteropServices;
using HelpGen.Building;
using HelpGen.Cli.Help;
using HelpGen.Cli.Terminal;
using HelpGen.Diagnostics;
using HelpGen.Preview;

namespace HelpGen.Cli.Commands;

/// <summary><c>helpgen serve</c>: a live preview for authors, rebuilt on every save, with errors shown in the page.</summary>
internal sealed class ServeCommand : Command, IHasHelp
{
    private readonly Option<string> _source = CommonOptions.Source();
    private readonly Option<string?> _theme = CommonOptions.Theme();

    private readonly Option<string> _host = new("--host")
    {
        Description = "Address to listen on: an IP address or localhost. Loopback by default, so only this computer can open the preview.",
        DefaultValueFactory = _ => "127.0.0.1",
    };

    private readonly Option<int> _port = new("--port", "-p")
    {
        Description = "Port to listen on (0 picks a free one).",
        DefaultValueFactory = _ => 5080,
    };

    private readonly Option<bool> _noDrafts = new("--no-drafts")
    {
        Description = "Leave out articles marked 'draft: true', as build does without --drafts. By default serve shows them, with a draft badge.",
    };

    public ServeCommand() : base("serve", "Preview the help center in a browser; pages rebuild and reload as you save, errors show in the page.")
    {
        Options.Add(_source);
        Options.Add(_theme);
        Options.Add(_host);
        Options.Add(_port);
        Options.Add(_noDrafts);
        SetAction((parse, cancel) => RunAsync(parse, cancel));
    }

    public CommandHelp Help { get; } = new(
        [
            ("helpgen serve", "preview articles/ on http://127.0.0.1:5080/, drafts included"),
            ("helpgen serve --port 0", "pick a free port (the URL is printed)"),
            ("helpgen serve --no-drafts --port 8080", "preview what build will publish"),
        ],
        "\"Serving ... at http://127.0.0.1:5080/\" and one line per rebuild go to stdout; content errors and start-up\nprogress go to stderr. Stop with Ctrl+C (or SIGTERM); \"Stopped.\" is printed.",
        [
            (ExitCodes.Success, "stopped by Ctrl+C or SIGTERM"),
            (ExitCodes.Usage, "the port is in use, a bad --host, or site.yml, the source folder or the theme is unusable"),
        ]);

    /// <summary>
    /// One compacting collection as the first whole-site update ends, before it is reported (so before the author's
    /// first save is likely). That update parses every article and holds each locale's texts for seconds, so they
    /// die in the oldest generation and leave it fragmented; the runtime (System.GC.ConserveMemory) would otherwise
    /// compact it during a later rebuild while requests wait (290-330 ms at 10,000 articles per language). Later updates
    /// parse only what changed. Runs on the background stage's thread; requests arriving meanwhile wait for it once.
    /// </summary>
    /// <param name="compact">The collection (tests count the calls instead).</param>
    internal static Action<RebuildReport> CompactAfterStart(Action? compact = null)
    {
        compact ??= () => GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var done = 0;
        return report =>
        {
            if (report.Kind == "site" && Interlocked.Exchange(ref done, 1) == 0) compact();
        };
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancel)
    {
        var console = CommandConsole.From(parse);
        var stdout = TextWriter.Synchronized(console.Out);
        var stderr = TextWriter.Synchronized(console.Error);
        var options = new BuildOptions(parse.GetValue(_source)!, CommonOptions.ResolveTheme(parse.GetValue(_theme)), !parse.GetValue(_noDrafts), KeepOutputOnErrors: true, DisplayRoot: Environment.CurrentDirectory);
        // Rebuilds use one thread per core (HelpGen.Parallelism); a few more ready in the pool answer requests at once during a long rebuild.
        ThreadPool.GetMinThreads(out var workers, out var completion);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount + 8), completion);
        var (site, diagnostics, server, problem) = await console.TrackAsync(progress => StartAsync(options with { Progress = progress }, parse, progress, cancel));
        console.Diagnostics(diagnostics);
        if (problem is not null) return console.UsageError(DiagnosticCodes.ConfigInvalidValue, problem);
        if (site is null || server is null) return ExitCodes.Usage;

        await using (server)
        {
            using var watcher = new SourceWatcher(site, TimeSpan.FromMilliseconds(30));
            site.Rebuilt += CompactAfterStart();
            site.Rebuilt += report => Print(report, console.IsQuiet ? TextWriter.Null : stdout, stderr);
            // Bugs: one line as for every command (the stack trace only with --verbose or HELPGEN_DEBUG=1); the server keeps running.
            var debug = console.IsVerbose || Environment.GetEnvironmentVariable("HELPGEN_DEBUG") == "1";
            void Bug(string where, Exception ex)
            {
                stderr.WriteLine($"helpgen: internal error {where}: {ex.GetType().Name}: {ex.Message}; please report it");
                if (debug) stderr.WriteLine(ex.ToString());
            }

            watcher.Failed += ex => Bug("while rebuilding", ex);
            site.BackgroundFailed += ex => Bug("in the background work (search index, related articles, sitemap; it runs again after the next save)", ex);
            console.Result($"Serving {options.SourceDirectory} at {server.Url} ({site.PageCount} pages{(diagnostics.Count == 0 ? "" : ", " + Report.Count(diagnostics))}). Press Ctrl+C to stop.");
            await WaitForStopAsync(cancel);
            console.Result("Stopped.");
        }

        return ExitCodes.Success;
    }

    /// <summary>The first build and the listening server; a taken port or bad host is a problem message, not an exception.</summary>
    private async Task<(PreviewSite? Site, IReadOnlyList<HelpGen.Diagnostics.Diagnostic> Diagnostics, PreviewServer? Server, string? Problem)> StartAsync(
        BuildOptions options, ParseResult parse, IProgress<BuildProgress> progress, CancellationToken cancel)
    {
        var site = PreviewSite.Start(options, out var diagnostics);
        if (site is null) return (null, diagnostics, null, null);
        try
        {
            var server = await CommandStages.RunAsync(progress, CommandStages.StartServer, () => PreviewServer.StartAsync(site, parse.GetValue(_host)!, parse.GetValue(_port), cancel));
            return (site, diagnostics, server, null);
        }
        catch (Exception ex) when (ex is PortInUseException or ArgumentException)
        {
            return (site, diagnostics, null, ex.Message);
        }
    }

    private static string Kept(IReadOnlyList<string> locales) => locales.Count == 0 ? string.Empty : $"; unchanged, so kept: {string.Join(", ", locales)}";

    private static void Print(RebuildReport report, TextWriter stdout, TextWriter stderr)
    {
        if (report.Kind is "site" or "links")
        {
            if (report.OverlayChanged) Report.Diagnostics(report.Diagnostics.Where(d => d.IsError), stderr);
            stdout.WriteLine(report.Kind == "links"
                ? $"Articles parsed and links checked in {report.Duration.TotalMilliseconds:0} ms."
                : $"Search index, related articles and sitemap updated in {report.Duration.TotalMilliseconds:0} ms ({report.ChangedFiles.Count} files changed{Kept(report.KeptLocales)}).");
            return;
        }

        if (report.Kind == "render")
        {
            Report.Diagnostics(report.Diagnostics.Where(d => d.IsError), stderr);
            return;
        }

        if (!report.Accepted || report.OverlayChanged) Report.Diagnostics(report.Diagnostics.Where(d => d.IsError), stderr);
        var outcome = report.Accepted ? $"{report.ChangedPages} open page{(report.ChangedPages == 1 ? "" : "s")} changed" : "not served: fix the errors above (the last good pages stay)";
        stdout.WriteLine($"Rebuilt in {report.Duration.TotalMilliseconds:0} ms: {outcome}.");
    }

    /// <summary>Waits for Ctrl+C (System.CommandLine cancels the token) or SIGTERM.</summary>
    private static async Task WaitForStopAsync(CancellationToken cancel)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM: shut down cleanly.
        }
    }
}
