using System.Diagnostics;

namespace HelpGen.Preview;

/// <summary>
/// Keeping the search index current: an incremental rebuild serves the new pages at once and marks the locales
/// of those pages; once no rebuild happened for <see cref="SearchDelay"/>, their index is built again in the
/// background (seconds on a large site) and swapped in, unless a newer rebuild came first, in which case it is
/// built again after the next pause. Waiting for a pause keeps a burst of saves from indexing once per save.
/// </summary>
public sealed partial class PreviewSite
{
    private readonly SortedSet<string> _staleSearch = new(StringComparer.Ordinal);
    private Timer? _searchTimer;
    private bool _indexing;

    /// <summary>How long after the last incremental rebuild the search index is built again (default 1 s).</summary>
    public TimeSpan SearchDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Completes when the search index matches the served pages (tests wait for this before comparing).</summary>
    public async Task WhenSearchIsCurrentAsync()
    {
        while (true)
        {
            lock (_gate)
            {
                if (_staleSearch.Count == 0 && !_indexing) return;
            }

            await Task.Delay(10);
        }
    }

    /// <summary>Called under the lock after a snapshot is accepted; <paramref name="touched"/> null means a full build (index current).</summary>
    private void SearchIsStale(IReadOnlyCollection<string>? touched)
    {
        if (touched is null)
        {
            _staleSearch.Clear();
            return;
        }

        _staleSearch.UnionWith(touched.Where(p => p.IndexOf('/') > 0).Select(p => p[..p.IndexOf('/')]));
        if (_staleSearch.Count == 0) return;
        _searchTimer ??= new Timer(_ => RefreshSearch());
        _searchTimer.Change(SearchDelay, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Builds the stale locales' index until none is stale; one run at a time.</summary>
    private void RefreshSearch()
    {
        lock (_gate)
        {
            if (_indexing) return;
            _indexing = true;
        }

        try
        {
            while (RefreshOnce())
            {
            }
        }
        finally
        {
            lock (_gate) _indexing = false;
        }
    }

    /// <summary>One pass over the stale locales; false when there was nothing to do.</summary>
    private bool RefreshOnce()
    {
        PreviewSnapshot snapshot;
        HashSet<string> locales;
        lock (_gate)
        {
            if (_staleSearch.Count == 0) return false;
            (snapshot, locales) = (_snapshot, [.. _staleSearch]);
            _staleSearch.Clear();
        }

        var timer = Stopwatch.StartNew();
        var files = SearchRefresh.Apply(snapshot, locales, _cache);
        lock (_gate)
        {
            if (!ReferenceEquals(snapshot, _snapshot))
            {
                // A newer rebuild came first: index again after the next pause (redundant after a full build, harmless).
                _staleSearch.UnionWith(locales);
                _searchTimer!.Change(SearchDelay, Timeout.InfiniteTimeSpan);
                return false;
            }

            var next = snapshot with { Files = files };
            var changed = ChangedFiles(_snapshot, next, touched: null);
            _snapshot = next;
            if (changed.Count > 0) Version++;
            Rebuilt?.Invoke(new RebuildReport(Version, "search", timer.Elapsed, true, changed, _shown, false));
            return true;
        }
    }
}
