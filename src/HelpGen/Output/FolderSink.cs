using System.Collections.Concurrent;

namespace HelpGen.Output;

/// <summary>
/// Writes each file into a folder as it arrives (the staging folder of <see cref="SiteWriter"/>), creating
/// folders once each. Keeps no content: only the folder names, and each file's path (with the size and time of a file
/// it wrote, for the build record), so memory grows by a few dozen bytes per file, not with the pages' size.
/// </summary>
public sealed class FolderSink : ISiteSink
{
    private readonly string _root;
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private readonly Action<string>? _checkpoint;
    private readonly ConcurrentDictionary<string, bool> _kept = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _files = new();
    private readonly ConcurrentDictionary<string, (long Size, long Ticks)> _stats = new(StringComparer.Ordinal);
    private int _written;

    /// <param name="checkpoint">Called once with "writing" after the first file is written (the crash tests pause there).</param>
    public FolderSink(string directory, Action<string>? checkpoint = null)
    {
        _checkpoint = checkpoint;
        _root = Path.GetFullPath(directory) + Path.DirectorySeparatorChar;
        Directory.CreateDirectory(_root);
    }

    /// <summary>
    /// The folder of the previous build whose files <see cref="Keep"/> may take over (an incremental build); null when none.
    /// </summary>
    public string? Previous
    {
        get => _previous;
        init => _previous = value is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(value)) + Path.DirectorySeparatorChar;
    }

    private readonly string? _previous;

    public void Add(OutputFile file) => Add(file.Path, file.Content);

    /// <summary>Writes the bytes at once, without copying them (see <see cref="ISiteSink.Add(string, ReadOnlySpan{byte}, PageOrigin?)"/>).</summary>
    public void Add(string path, ReadOnlySpan<byte> content, PageOrigin? origin = null)
    {
        var target = Target(path);
        // A kept file is a hard link to the previous build's: writing through it would change that build's copy.
        if (_kept.TryRemove(path, out _)) File.Delete(target);
        // No preallocation: the files are small, and it would cost a system call each.
        using (var handle = File.OpenHandle(target, FileMode.Create, FileAccess.Write))
        {
            RandomAccess.Write(handle, content, 0);
            // The time of the last write, asked of the open file: the build record needs it, and a path would be looked up again.
            _stats[path] = (content.Length, File.GetLastWriteTimeUtc(handle).Ticks);
        }

        _files.Enqueue(path);
        if (Interlocked.Increment(ref _written) == 1) _checkpoint?.Invoke("writing");
    }

    /// <summary>
    /// Takes <paramref name="sitePath"/> unchanged from <see cref="Previous"/>: a hard link where the file system allows
    /// one, else a copy (which throws when the file is not there). False when there is no previous folder.
    /// </summary>
    public bool Keep(string sitePath)
    {
        if (_previous is null) return false;
        var source = SiteWriter.Inside(_previous, sitePath);
        var target = Target(sitePath);
        // The previous build's folder was checked file by file before the build; a file gone since is not papered over.
        var linked = HardLink.TryCreate(source, target);
        if (!linked) File.Copy(source, target, overwrite: true);

        _kept[sitePath] = linked;
        _stats.TryRemove(sitePath, out _);
        _files.Enqueue(sitePath);
        if (Interlocked.Increment(ref _written) == 1) _checkpoint?.Invoke("writing");
        return true;
    }

    public void Copy(string sitePath, string sourceFile)
    {
        File.Copy(sourceFile, Target(sitePath), overwrite: true);
        _stats.TryRemove(sitePath, out _);
        _files.Enqueue(sitePath);
    }

    /// <summary>The site path of every file written, copied or kept so far.</summary>
    public IReadOnlyList<string> Files => _files.ToArray();

    /// <summary>The size and modification time (UTC ticks) of each file this sink wrote itself, taken as it was written.</summary>
    public IReadOnlyDictionary<string, (long Size, long Ticks)> Written => _stats;

    /// <summary>The kept files that are hard links to the previous build's (not copies, not written over since).</summary>
    public IReadOnlySet<string> Linked => _kept.Where(p => p.Value).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>The full path of <paramref name="sitePath"/>, its folder created; a path leaving the folder is a bug and throws.</summary>
    private string Target(string sitePath)
    {
        var full = SiteWriter.Inside(_root, sitePath);
        var folder = Path.GetDirectoryName(full)!;
        // Added only once the folder exists: a thread that finds the entry may write into it at once.
        _folders.GetOrAdd(folder, static f =>
        {
            Directory.CreateDirectory(f);
            return true;
        });
        return full;
    }
}
