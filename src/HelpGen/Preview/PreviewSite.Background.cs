using System.Diagnostics;
using HelpGen.Diagnostics;

namespace HelpGen.Preview;

/// <summary>
/// The whole-site stage in the background: after each accepted rebuild (and at start) <see cref="SiteStage"/> runs for
/// the served snapshot on one thread at a time, and its result is swapped in. A rebuild that is accepted meanwhile
/// cancels it (between locales) and it starts again for the newer snapshot. Until a result is swapped in, the previous
/// one is served: the search index, sitemap, aliases and host files of the previous snapshot, and on article pages
/// the related articles computed then (their titles as they were; a new article appears in none yet). Nothing else is
/// stale: each page's own content, navigation, links and the overlay's errors up to link checking are current.
/// </summary>
public sealed partial class PreviewSite
{
    /// <summary>
    /// One thread at a time for the background work, parallel loops inside it included (they run on the current
    /// scheduler): the other core stays free for rebuilds and requests, and the thread pool is never filled by it.
    /// </summary>
    private static readonly TaskScheduler Background = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, 1).ConcurrentScheduler;

    private CancellationTokenSource? _siteCancel;
    private bool _siteRunning;
    private long _lastRebuild = Stopwatch.GetTimestamp();

    /// <summary>
    /// How long after the last accepted rebuild the whole-site stage starts (default 1 s): a burst of saves runs it
    /// once, after the burst, instead of starting and cancelling it at every save.
    /// </summary>
    public TimeSpan SiteDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Completes when the whole-site work matches the served snapshot (tests wait for this before comparing).</summary>
    public async Task WhenCompleteAsync()
    {
        while (true)
        {
            lock (_swap)
            {
                if (!_siteRunning && _state.IsComplete) return;
            }

            await Task.Delay(10);
        }
    }

    private void StartSiteStage()
    {
        Interlocked.Exchange(ref _lastRebuild, Stopwatch.GetTimestamp());
        lock (_swap)
        {
            _siteCancel?.Cancel();
            if (_siteRunning) return;
            _siteRunning = true;
        }

        Task.Factory.StartNew(RunSiteLoop, CancellationToken.None, TaskCreationOptions.None, Background);
    }

    /// <summary>The whole-site stage (tests replace it to make it fail).</summary>
    internal Func<PreviewSnapshot, SiteResult, CancellationToken, SiteResult?> RunSiteStage { get; set; } = SiteStage.Run;

    /// <summary>Raised when the whole-site stage failed with a bug (not a content error): it runs again after the next save.</summary>
    public event Action<Exception>? BackgroundFailed;

    /// <summary>
    /// <see cref="SiteLoop"/>, which a bug must not stop for good: the failure is reported, and the next accepted
    /// rebuild starts the stage again.
    /// </summary>
    private void RunSiteLoop()
    {
        try
        {
            SiteLoop();
        }
        catch (Exception ex)
        {
            lock (_swap) _siteRunning = false;
            BackgroundFailed?.Invoke(ex);
        }
    }

    /// <summary>Runs the whole-site stage until its result is that of the served snapshot.</summary>
    private void SiteLoop()
    {
        while (true)
        {
            PreviewState state;
            CancellationTokenSource cancel;
            lock (_swap)
            {
                state = _state;
                if (state.IsComplete)
                {
                    _siteRunning = false;
                    return;
                }

                _siteCancel = cancel = new CancellationTokenSource();
            }

            var timer = Stopwatch.StartNew();
            if (state.Snapshot.Parses is null)
            {
                Apply(state.Snapshot, PreviewStages.Complete(state.Snapshot, _parses), timer.Elapsed);
                continue;
            }

            var quiet = SiteDelay - Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastRebuild));
            if (quiet > TimeSpan.Zero)
            {
                Thread.Sleep(quiet);
                continue;
            }

            var result = RunSiteStage(state.Snapshot, state.Site, cancel.Token);
            if (result is not null) Apply(result, timer.Elapsed);
        }
    }

    /// <summary>Serves the parsed <paramref name="complete"/> in place of <paramref name="basis"/>, unless a rebuild replaced it meanwhile.</summary>
    private void Apply(PreviewSnapshot basis, PreviewSnapshot complete, TimeSpan elapsed)
    {
        lock (_gate)
        {
            IReadOnlyList<Diagnostic> shown;
            lock (_swap)
            {
                if (!ReferenceEquals(_state.Snapshot, basis)) return;
                _state = new PreviewState(complete, _state.Site);
                var fresh = complete.Diagnostics.Where(d => d.Stage is DiagnosticStage.Parse or DiagnosticStage.Render).ToList();
                _accepted = StagedDiagnostics.Sorted(_accepted.Concat(fresh));
                shown = StagedDiagnostics.Sorted(_shown.Concat(fresh));
            }

            Publish("links", elapsed, true, [], shown);
        }
    }

    /// <summary>Serves <paramref name="result"/> with the current snapshot (also when a newer one came meanwhile: it is newer than the result served).</summary>
    private void Apply(SiteResult result, TimeSpan elapsed)
    {
        lock (_gate)
        {
            var current = _state;
            var next = new PreviewState(current.Snapshot, result);
            IReadOnlyList<Diagnostic> shown;
            lock (_swap)
            {
                _state = next;
                _accepted = StagedDiagnostics.Replace(_accepted, DiagnosticStage.Site, result.Diagnostics);
                shown = StagedDiagnostics.Replace(_shown, DiagnosticStage.Site, result.Diagnostics);
            }

            _firstSite.TrySetResult();
            var rendered = new DiagnosticBag(DiagnosticStage.Render);
            var changed = PageChanges.Between(current, next, rendered);
            Publish("site", elapsed, true, changed, WithRenderProblems(shown, rendered), result.KeptLocales);
        }
    }
}
