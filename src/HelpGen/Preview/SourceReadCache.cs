using System.Collections.Concurrent;
using HelpGen.Content;
using HelpGen.Diagnostics;

namespace HelpGen.Preview;

/// <summary>
/// The content stage's reads, kept between rebuilds: a file whose length and last write time are those of the last
/// read is not read again; its article and that read's diagnostics are given again. Any other file is read afresh.
/// Thread-safe (the content stage reads files in parallel).
/// </summary>
internal sealed class SourceReadCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Reads since the last <see cref="Retain"/> that found their file unchanged.</summary>
    public int Hits => _hits;

    private int _hits;

    /// <summary>An <see cref="ArticleReads"/> for <see cref="ContentLoader.Load"/>.</summary>
    public SourceArticle? Read(ArticleFile file, DiagnosticBag diagnostics, Func<DiagnosticBag, SourceArticle?> read)
    {
        var stamp = Stamp(file.FullPath);
        if (stamp is not null && _entries.TryGetValue(file.FullPath, out var cached) && cached.Stamp == stamp && cached.File == file)
        {
            Interlocked.Increment(ref _hits);
            diagnostics.AddRange(cached.Diagnostics);
            return cached.Article;
        }

        var bag = new DiagnosticBag(diagnostics.Stage);
        var article = read(bag);
        var reported = bag.Sorted;
        diagnostics.AddRange(reported);
        if (stamp is not null && Stamp(file.FullPath) == stamp) _entries[file.FullPath] = new Entry(file, stamp.Value, article, reported);
        return article;
    }

    /// <summary>Forgets files that are no longer part of the source folder.</summary>
    public void Retain(IReadOnlySet<string> fullPaths)
    {
        foreach (var path in _entries.Keys.Where(p => !fullPaths.Contains(p))) _entries.TryRemove(path, out _);
        _hits = 0;
    }

    /// <summary>Length and last write time, or null when the file cannot be looked at (it is then read every time).</summary>
    private static (long Length, DateTime Written)? Stamp(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? (info.Length, info.LastWriteTimeUtc) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private sealed record Entry(ArticleFile File, (long Length, DateTime Written) Stamp, SourceArticle? Article, IReadOnlyList<Diagnostic> Diagnostics);
}
