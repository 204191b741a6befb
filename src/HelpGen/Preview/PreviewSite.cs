using System.Diagnostics;
using HelpGen.Building;
using HelpGen.Diagnostics;
using HelpGen.Output;

namespace HelpGen.Preview;

/// <summary>
/// The live site behind <c>helpgen serve</c>. Each rebuild re-runs the build's stages up to the pages
/// (<see cref="PreviewStages"/>, cheap for what did not change) into a new snapshot and swaps it in; pages are
/// rendered on request from the served snapshot. The work that needs the whole site (related articles, search index,
/// sitemap, aliases, host files) follows in the background (<see cref="SiteStage"/>); until it is done the previous
/// result is served. A rebuild that adds errors is not served: the last good state stays, and <see cref="Errors"/>
/// lists what to fix. Thread-safe: rebuilds run one at a time; requests never wait for one.
/// </summary>
public sealed partial class PreviewSite
{
    private readonly object _gate = new();
    private readonly object _swap = new();
    private readonly SourceReadCache _reads;
    private readonly ParseCache _parses;
    private readonly PendingChanges _pending;
    private volatile PreviewState _state;
    private IReadOnlyList<Diagnostic> _accepted;
    private IReadOnlyList<Diagnostic> _shown;
    private readonly TaskCompletionSource _firstSite = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PreviewSite(BuildOptions options, SourceReadCache reads, ParseCache parses, PreviewSnapshot snapshot)
    {
        Options = options;
        (_reads, _parses) = (reads, parses);
        _state = new PreviewState(snapshot, SiteResult.Empty);
        _accepted = _shown = snapshot.Diagnostics;
        _pending = new PendingChanges(options);
        StartSiteStage();
    }

    /// <summary>Raised after every rebuild and whole-site update (on the thread that made it); handlers must return quickly.</summary>
    public event Action<RebuildReport>? Rebuilt;

    public BuildOptions Options { get; }

    /// <summary>Grows whenever a served page or the error overlay changes.</summary>
    public long Version { get; private set; } = 1;

    /// <summary>The errors the overlay shows: those of the source as it is on disk now.</summary>
    public IReadOnlyList<Diagnostic> Errors => _shown.Where(d => d.IsError).ToList();

    /// <summary>Every diagnostic of the served state (the last accepted build), as a build of it would report them.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _accepted;

    /// <summary>The number of pages of the served state (articles and list pages; alias redirects not counted).</summary>
    public int PageCount => _state.Snapshot.Pages.PageCount;

    /// <summary>The served snapshot (tests).</summary>
    internal PreviewSnapshot Snapshot => _state.Snapshot;

    /// <summary>The served result of the whole-site stage (tests).</summary>
    internal SiteResult SiteResult => _state.Site;

    /// <summary>Every file of the served site, each page rendered afresh (seconds on a large site; tests and tools, not requests).</summary>
    public SiteOutput Output
    {
        get
        {
            var state = _state;
            var bag = new DiagnosticBag();
            return new SiteOutput(state.Paths.Order(StringComparer.Ordinal).Select(p => state.Render(p, bag)).OfType<OutputFile>().ToList());
        }
    }

    /// <summary>Runs the stages for the first time. Null when site.yml, the source folder or the theme is unusable.</summary>
    /// <param name="options">What to build; output is always kept in memory, even with content errors.</param>
    /// <param name="diagnostics">
    /// The diagnostics of the stages run before serving: site.yml, theme, content and plan. Parsing, link checking and the
    /// whole-site work follow in the background; their diagnostics come with <see cref="Rebuilt"/> reports.
    /// </param>
    public static PreviewSite? Start(BuildOptions options, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var (reads, parses) = (new SourceReadCache(), new ParseCache());
        var bag = new DiagnosticBag();
        var snapshot = PreviewStages.Run(options, theme: null, reads, parses, bag, parse: false);
        diagnostics = snapshot?.Diagnostics ?? bag.Sorted;
        return snapshot is null ? null : new PreviewSite(options, reads, parses, snapshot);
    }

    /// <summary>The served file at a site path (e.g. <c>en-us/index.html</c>), rendered now when it is a page not served yet; or null.</summary>
    public OutputFile? Find(string path)
    {
        var state = _state;
        var bag = new DiagnosticBag(DiagnosticStage.Render);
        var file = state.Find(path, bag);
        if (bag.Count > 0) NoteRenderProblems(state, bag.Sorted);
        return file;
    }

    /// <summary>
    /// Like <see cref="Find"/>, but a file of the whole-site stage (search index, sitemap, assets...) asked for before
    /// that stage first finished waits for it (only just after start; later its previous result is served).
    /// </summary>
    public async ValueTask<OutputFile?> FindAsync(string path)
    {
        var file = Find(path);
        if (file is not null || _firstSite.Task.IsCompleted) return file;
        await _firstSite.Task;
        return Find(path);
    }

    /// <summary>
    /// Takes changed files (full paths under the source or theme folder) and rebuilds. Returns null when every
    /// path was irrelevant (editor swap files and the like). Files that failed stay pending and are read again next time.
    /// </summary>
    public RebuildReport? Rebuild(IEnumerable<string> changedPaths)
    {
        lock (_gate)
        {
            var timer = Stopwatch.StartNew();
            if (!_pending.Add(changedPaths)) return null;
            var current = _state;
            var bag = new DiagnosticBag();
            var candidate = PreviewStages.Run(Options, _pending.ThemeChanged ? null : current.Snapshot.Theme, _reads, _parses, bag);
            var shown = candidate is null ? bag.Sorted : StagedDiagnostics.Replace(candidate.Diagnostics, DiagnosticStage.Site, current.Site.Diagnostics);
            var accepted = candidate is not null && !StagedDiagnostics.ErrorKeys(shown).Except(StagedDiagnostics.ErrorKeys(Baseline(current, candidate))).Any();
            var next = accepted ? new PreviewState(candidate!, current.Site) : current;
            lock (_swap)
            {
                _state = next;
                if (accepted) _accepted = shown;
            }

            var elapsed = timer.Elapsed;
            if (accepted)
            {
                _pending.Clear();
                StartSiteStage();
            }

            if (!accepted) return Publish("rebuild", elapsed, accepted, [], shown);
            var rendered = new DiagnosticBag(DiagnosticStage.Render);
            var changed = PageChanges.Between(current, next, rendered);
            return Publish("rebuild", elapsed, accepted, changed, WithRenderProblems(shown, rendered));
        }
    }

    /// <summary>
    /// The errors a candidate is compared with: those of the served state, and, while the served snapshot's articles
    /// are not parsed yet (just after start), the candidate's own parse and link errors (they are not new).
    /// </summary>
    private IEnumerable<Diagnostic> Baseline(PreviewState current, PreviewSnapshot candidate) =>
        current.Snapshot.Parses is not null
            ? _accepted
            : _accepted.Concat(candidate.Diagnostics.Where(d => d.Stage is DiagnosticStage.Parse or DiagnosticStage.Render));

    /// <summary>Shows <paramref name="shown"/>, counts a new version when pages or the overlay changed, and tells listeners.</summary>
    private RebuildReport Publish(string kind, TimeSpan elapsed, bool accepted, IReadOnlyList<string> changed, IReadOnlyList<Diagnostic> shown, IReadOnlyList<string>? kept = null)
    {
        RebuildReport report;
        lock (_swap)
        {
            var overlayChanged = !StagedDiagnostics.Errors(shown).SequenceEqual(StagedDiagnostics.Errors(_shown));
            _shown = shown;
            if (changed.Count > 0 || overlayChanged) Version++;
            report = new RebuildReport(Version, kind, elapsed, accepted, changed, shown, overlayChanged) { KeptLocales = kept ?? [] };
        }

        Rebuilt?.Invoke(report);
        return report;
    }

    /// <summary><paramref name="shown"/> with what rendering pages of the served state reported; those join the accepted diagnostics too.</summary>
    private IReadOnlyList<Diagnostic> WithRenderProblems(IReadOnlyList<Diagnostic> shown, DiagnosticBag rendered)
    {
        if (rendered.Count == 0) return shown;
        lock (_swap) _accepted = StagedDiagnostics.Sorted(_accepted.Concat(rendered.Sorted));
        return StagedDiagnostics.Sorted(shown.Concat(rendered.Sorted));
    }

    /// <summary>A page rendered on request reported problems (a theme failure): they join the overlay if they are new.</summary>
    private void NoteRenderProblems(PreviewState state, IReadOnlyList<Diagnostic> problems)
    {
        IReadOnlyList<Diagnostic> shown;
        lock (_swap)
        {
            if (!ReferenceEquals(state, _state) || problems.All(_accepted.Contains)) return;
            _accepted = StagedDiagnostics.Sorted(_accepted.Concat(problems));
            shown = StagedDiagnostics.Sorted(_shown.Concat(problems));
        }

        Publish("render", TimeSpan.Zero, true, [], shown);
    }
}
