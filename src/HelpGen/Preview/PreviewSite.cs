using System.Diagnostics;
using HelpGen.Building;
using HelpGen.Output;
using Diagnostic = HelpGen.Diagnostics.Diagnostic;
using DiagnosticBag = HelpGen.Diagnostics.DiagnosticBag;

namespace HelpGen.Preview;

/// <summary>
/// The live site behind <c>helpgen serve</c>: built once in memory, then rebuilt from saved files, incrementally when
/// only article bodies changed. A rebuild that adds errors is not served: the last good pages stay, and
/// <see cref="Errors"/> lists what to fix. After an incremental rebuild the search index follows in the background.
/// Thread-safe: rebuilds run one at a time; reads never wait.
/// </summary>
public sealed partial class PreviewSite
{
    private readonly object _gate = new();
    private readonly ParseCache _cache;
    private readonly PendingChanges _pending;
    private PreviewSnapshot _snapshot;
    private IReadOnlyList<Diagnostic> _shown;

    private PreviewSite(BuildOptions options, ParseCache cache, PreviewSnapshot snapshot)
    {
        Options = options;
        _cache = cache;
        _snapshot = snapshot;
        _shown = snapshot.Diagnostics;
        _pending = new PendingChanges(options);
    }

    /// <summary>Raised after every rebuild (on the rebuilding thread); handlers must return quickly.</summary>
    public event Action<RebuildReport>? Rebuilt;

    public BuildOptions Options { get; }

    /// <summary>Grows whenever a served page or the error overlay changes.</summary>
    public long Version { get; private set; } = 1;

    /// <summary>The errors the overlay shows: those of the source as it is on disk now.</summary>
    public IReadOnlyList<Diagnostic> Errors => _shown.Where(d => d.IsError).ToList();

    /// <summary>The served site (the last accepted build).</summary>
    public SiteOutput Output => _snapshot.ToSiteOutput();

    internal PreviewSnapshot Snapshot => _snapshot;

    /// <summary>Builds the site for the first time. Null when site.yml, the source folder or the theme is unusable.</summary>
    /// <param name="options">What to build; output is always kept in memory, even with content errors.</param>
    /// <param name="diagnostics">Every diagnostic of the first build.</param>
    public static PreviewSite? Start(BuildOptions options, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var cache = new ParseCache();
        var bag = new DiagnosticBag();
        var snapshot = FullRebuild.Run(options, theme: null, cache, bag);
        diagnostics = snapshot?.Diagnostics ?? bag.Sorted;
        return snapshot is null ? null : new PreviewSite(options, cache, snapshot);
    }

    /// <summary>The served file at a site path (e.g. <c>en-us/index.html</c>), or null.</summary>
    public OutputFile? Find(string path) => _snapshot.Files.GetValueOrDefault(path);

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
            var (candidate, kind, touched, failures) = Build();
            var accepted = candidate is not null && !candidate.ErrorKeys.Except(_snapshot.ErrorKeys).Any();
            var shown = accepted ? candidate!.Diagnostics : candidate?.Diagnostics ?? failures;
            var changed = accepted ? ChangedFiles(_snapshot, candidate!, touched) : [];
            var overlayChanged = !ErrorList(shown).SequenceEqual(ErrorList(_shown));
            if (accepted)
            {
                _snapshot = candidate!;
                _pending.Clear();
                SearchIsStale(touched);
            }

            _shown = shown;
            if (changed.Count > 0 || overlayChanged) Version++;
            var report = new RebuildReport(Version, kind, timer.Elapsed, accepted, changed, shown, overlayChanged);
            Rebuilt?.Invoke(report);
            return report;
        }
    }

    /// <returns>The new snapshot (null when the configuration or theme is unusable), the site paths that may have
    /// changed (null: any), and the diagnostics when there is no snapshot.</returns>
    private (PreviewSnapshot? Candidate, string Kind, IReadOnlyCollection<string>? Touched, IReadOnlyList<Diagnostic> Failures) Build()
    {
        if (!_pending.NeedsFullRebuild)
        {
            var rebuild = new IncrementalRebuild(_snapshot, _cache);
            var incremental = rebuild.Run(_pending.Articles);
            if (incremental is not null) return (incremental, "incremental", rebuild.Touched, []);
        }

        var bag = new DiagnosticBag();
        var theme = _pending.ThemeChanged ? null : _snapshot.Theme;
        var full = FullRebuild.Run(Options, theme, _cache, bag);
        return (full, "full", null, bag.Sorted);
    }

    private static List<string> ErrorList(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();

    /// <summary>Site paths whose bytes differ between the snapshots, looking only at <paramref name="touched"/> when given.</summary>
    private static List<string> ChangedFiles(PreviewSnapshot before, PreviewSnapshot after, IReadOnlyCollection<string>? touched)
    {
        var candidates = touched ?? after.Files.Keys.Concat(before.Files.Keys.Where(k => !after.Files.ContainsKey(k)));
        return candidates.Distinct().Where(path => Differs(before.Files.GetValueOrDefault(path), after.Files.GetValueOrDefault(path)))
            .Order(StringComparer.Ordinal).ToList();
    }

    private static bool Differs(OutputFile? before, OutputFile? after) =>
        before is null || after is null || (!ReferenceEquals(before, after) && !before.Content.AsSpan().SequenceEqual(after.Content));
}
