using System.Diagnostics;

namespace HelpGen.Preview;

/// <summary>
/// Keeping the search index current: an incremental rebuild serves the new pages at once and marks the locales
/// of those pages; their index is then built again in the background (seconds on a large site) and swapped in,
/// unless a newer rebuild came first, in which case it is built again from that one.
/// </summary>
public sealed partial class PreviewSite
{
    private readonly SortedSet<string> _staleSearch = new(StringComparer.Ordinal);
    private Task _searchRefresh = Task.CompletedTask;

    /// <summary>Completes when the search index matches the served pages (tests wait for this before comparing).</summary>
    public async Task WhenSearchIsCurrentAsync()
    {
        while (true)
        {
            Task running;
            lock (_gate)
            {
                if (_staleSearch.Count == 0 && _searchRefresh.IsCompleted) return;
                running = _searchRefresh;
            }

            await running;
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
        if (_staleSearch.Count > 0 && _searchRefresh.IsCompleted) _searchRefresh = Task.Run(RefreshSearch);
    }

    private void RefreshSearch()
    {
        while (true)
        {
            PreviewSnapshot snapshot;
            HashSet<string> locales;
            lock (_gate)
            {
                if (_staleSearch.Count == 0) return;
                (snapshot, locales) = (_snapshot, [.. _staleSearch]);
                _staleSearch.Clear();
            }

            var timer = Stopwatch.StartNew();
            var files = SearchRefresh.Apply(snapshot, locales, _cache);
            lock (_gate)
            {
                if (!ReferenceEquals(snapshot, _snapshot))
                {
                    _staleSearch.UnionWith(locales);
                    continue;
                }

                Publish(snapshot with { Files = files }, timer);
            }
        }
    }

    private void Publish(PreviewSnapshot next, Stopwatch timer)
    {
        var changed = ChangedFiles(_snapshot, next, touched: null);
        _snapshot = next;
        if (changed.Count > 0) Version++;
        Rebuilt?.Invoke(new RebuildReport(Version, "search", timer.Elapsed, true, changed, _shown, false));
    }
}
