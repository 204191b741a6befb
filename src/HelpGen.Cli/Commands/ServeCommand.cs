using System.CommandLine;
using System.Runtime.InteropServices;
using HelpGen.Building;
using HelpGen.Preview;

namespace HelpGen.Cli.Commands;

/// <summary><c>helpgen serve</c>: a live preview for authors, rebuilt on every save, with errors shown in the page.</summary>
internal sealed class ServeCommand : Command
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

    private readonly Option<bool> _drafts = new("--drafts")
    {
        Description = "Show articles marked 'draft: true' (the default in serve; they carry a draft badge).",
        DefaultValueFactory = _ => true,
    };

    private readonly Option<bool> _noDrafts = new("--no-drafts")
    {
        Description = "Leave drafts out, as build does without --drafts.",
    };

    public ServeCommand() : base("serve", "Preview the help center in a browser; pages rebuild and reload as you save, errors show in the page.")
    {
        Options.Add(_source);
        Options.Add(_theme);
        Options.Add(_host);
        Options.Add(_port);
        Options.Add(_drafts);
        Options.Add(_noDrafts);
        SetAction((parse, cancel) => RunAsync(parse, cancel));
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancel)
    {
        var stdout = TextWriter.Synchronized(parse.InvocationConfiguration.Output);
        var stderr = TextWriter.Synchronized(parse.InvocationConfiguration.Error);
        var drafts = parse.GetValue(_drafts) && !parse.GetValue(_noDrafts);
        var options = new BuildOptions(parse.GetValue(_source)!, CommonOptions.ResolveTheme(parse.GetValue(_theme)), drafts, KeepOutputOnErrors: true, DisplayRoot: Environment.CurrentDirectory);
        // Rebuilds use one thread per core; a few more ready in the pool answer requests at once during a long rebuild.
        ThreadPool.GetMinThreads(out var workers, out var completion);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount + 8), completion);
        // A preview holds a large heap and rebuilds in the background: avoid blocking full collections while serving.
        System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.SustainedLowLatency;
        var site = PreviewSite.Start(options, out var diagnostics);
        Report.Diagnostics(diagnostics, stderr);
        if (site is null) return ExitCodes.Usage;

        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(site, parse.GetValue(_host)!, parse.GetValue(_port), cancel);
        }
        catch (Exception ex) when (ex is PortInUseException or ArgumentException)
        {
            stderr.WriteLine($"helpgen: error HG0003: {ex.Message}");
            return ExitCodes.Usage;
        }

        await using (server)
        {
            using var watcher = new SourceWatcher(site, TimeSpan.FromMilliseconds(30));
            site.Rebuilt += report => Print(report, stdout, stderr);
            watcher.Failed += ex => stderr.WriteLine($"helpgen: internal error while rebuilding: {ex}");
            stdout.WriteLine($"Serving {options.SourceDirectory} at {server.Url} ({site.Output.Files.Count(f => f.IsHtml)} pages{(diagnostics.Count == 0 ? "" : ", " + Report.Count(diagnostics))}). Press Ctrl+C to stop.");
            await WaitForStopAsync(cancel);
            stdout.WriteLine("Stopped.");
        }

        return ExitCodes.Success;
    }

    private static void Print(RebuildReport report, TextWriter stdout, TextWriter stderr)
    {
        if (report.Kind == "search")
        {
            stdout.WriteLine($"Search index updated in {report.Duration.TotalMilliseconds:0} ms ({report.ChangedFiles.Count} files changed).");
            return;
        }

        if (!report.Accepted || report.OverlayChanged) Report.Diagnostics(report.Diagnostics.Where(d => d.IsError), stderr);
        var outcome = report.Accepted ? $"{report.ChangedPages} page{(report.ChangedPages == 1 ? "" : "s")} changed" : "not served: fix the errors above (the last good pages stay)";
        stdout.WriteLine($"Rebuilt ({report.Kind}) in {report.Duration.TotalMilliseconds:0} ms: {outcome}.");
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
