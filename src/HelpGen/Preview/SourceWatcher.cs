namespace HelpGen.Preview;

/// <summary>
/// Watches the source folder (and the theme folder, when the theme is a folder) and hands bursts of changes to
/// <see cref="PreviewSite.Rebuild"/>: a rebuild starts once no change arrived for the debounce interval, in the
/// background, one at a time. Saves during a rebuild are collected for the next one.
/// A rebuild runs its parallel loops on a scheduler that uses at most one thread per core, so the thread pool
/// always has threads left to answer requests (the server keeps serving the last pages while it rebuilds).
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private readonly PreviewSite _site;
    private readonly TimeSpan _debounce;
    private readonly Dictionary<string, FileSystemWatcher> _watchers = new(StringComparer.Ordinal);
    private readonly List<FileSystemWatcher> _parentWatchers = [];
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
    private readonly Timer _timer;
    private readonly object _gate = new();
    private readonly TaskScheduler _scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, Environment.ProcessorCount).ConcurrentScheduler;
    private bool _running;

    /// <param name="debounce">Quiet time after the last change before rebuilding (editors write a file in several steps).</param>
    public SourceWatcher(PreviewSite site, TimeSpan debounce)
    {
        _site = site;
        _debounce = debounce;
        _timer = new Timer(_ => Task.Factory.StartNew(Flush, CancellationToken.None, TaskCreationOptions.None, _scheduler));
        Watch(site.Options.SourceDirectory);
        if (site.Options.ThemeDirectory is { } theme) Watch(theme);
    }

    /// <summary>Raised when a rebuild throws (a bug); the watcher keeps going.</summary>
    public event Action<Exception>? Failed;

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var watcher in _watchers.Values.Concat(_parentWatchers)) watcher.Dispose();
            _watchers.Clear();
        }

        _timer.Dispose();
    }

    private void Watch(string folder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        Arm(full);
        if (Path.GetDirectoryName(full) is not { } parent) return;

        // Deleting the folder ends its watcher; this one sees it come back (re-created, or renamed into place).
        var watchParent = new FileSystemWatcher(parent, Path.GetFileName(full)) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.DirectoryName };
        watchParent.Created += (_, _) => Rearm(full);
        watchParent.Renamed += (_, _) => Rearm(full);
        watchParent.Deleted += (_, _) => Note(Path.Combine(full, "site.yml"));
        watchParent.EnableRaisingEvents = true;
        _parentWatchers.Add(watchParent);
    }

    /// <summary>Watches the folder again after it was re-created, and rebuilds everything from it.</summary>
    private void Rearm(string folder)
    {
        if (!Directory.Exists(folder)) return;
        Arm(folder);
        Note(Path.Combine(folder, "site.yml"));
    }

    private void Arm(string folder)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += (_, e) => Note(e.FullPath);
        watcher.Created += (_, e) => Note(e.FullPath);
        watcher.Deleted += (_, e) => Note(e.FullPath);
        watcher.Renamed += (_, e) => Note(e.OldFullPath, e.FullPath);
        watcher.Error += (_, _) => Note(Path.Combine(folder, "site.yml"));
        watcher.EnableRaisingEvents = true;
        lock (_gate)
        {
            if (_watchers.Remove(folder, out var old)) old.Dispose();
            _watchers[folder] = watcher;
        }
    }

    private void Note(params string[] paths)
    {
        lock (_gate)
        {
            _changed.UnionWith(paths);
            if (!_running) _timer.Change(_debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        string[] batch;
        lock (_gate)
        {
            if (_running || _changed.Count == 0) return;
            batch = [.. _changed];
            _changed.Clear();
            _running = true;
        }

        try
        {
            _site.Rebuild(batch);
        }
        catch (Exception ex)
        {
            Failed?.Invoke(ex);
        }
        finally
        {
            lock (_gate)
            {
                _running = false;
                if (_changed.Count > 0) _timer.Change(_debounce, Timeout.InfiniteTimeSpan);
            }
        }
    }
}
