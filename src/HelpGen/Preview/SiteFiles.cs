using System.Collections.Concurrent;
using System.IO.Compression;
using HelpGen.Output;

namespace HelpGen.Preview;

/// <summary>
/// The whole-site stage's files (search index shards, sitemap, aliases, host files, assets), kept compressed: a
/// 10,000-article locale's search index is about 100 MB of JSON in thousands of small shards, held twice while the
/// next result is built. Files are compressed as they are made (<see cref="Builder"/>), so a site's index is never
/// all in memory uncompressed. A file is decompressed when it is requested (microseconds for a shard). Compression
/// is lossless and deterministic, so two files are equal exactly when their stored bytes are. Immutable.
/// </summary>
internal sealed class SiteFiles
{
    private readonly Dictionary<string, byte[]> _stored;

    private SiteFiles(Dictionary<string, byte[]> stored) => _stored = stored;

    public static SiteFiles Empty { get; } = new(new Dictionary<string, byte[]>());

    public IEnumerable<string> Paths => _stored.Keys;

    /// <summary>Collects the files of one result, each compressed when added; a later file of the same path replaces an earlier one.</summary>
    public sealed class Builder
    {
        private readonly ConcurrentDictionary<string, byte[]> _stored = new(StringComparer.Ordinal);

        public IEnumerable<string> Paths => _stored.Keys;

        /// <summary>Compresses and keeps <paramref name="files"/> (in parallel: a locale's index is thousands of files).</summary>
        public void Add(IReadOnlyList<OutputFile> files) =>
            Parallel.ForEach(files, Parallelism.Options, file => _stored[file.Path] = Compress(file.Content));

        /// <summary>Keeps the files at <paramref name="paths"/> of <paramref name="previous"/> as they are stored.</summary>
        public void Keep(SiteFiles previous, IEnumerable<string> paths)
        {
            foreach (var path in paths)
            {
                if (previous._stored.TryGetValue(path, out var stored)) _stored[path] = stored;
            }
        }

        public SiteFiles Build() => new(new Dictionary<string, byte[]>(_stored, StringComparer.Ordinal));
    }

    public OutputFile? Find(string path) => _stored.TryGetValue(path, out var stored) ? new OutputFile(path, Decompress(stored)) : null;

    /// <summary>True when <paramref name="other"/> has no file at <paramref name="path"/> or a different one.</summary>
    public bool Differs(SiteFiles other, string path) =>
        !_stored.TryGetValue(path, out var mine) || !other._stored.TryGetValue(path, out var theirs) || !mine.AsSpan().SequenceEqual(theirs);

    private static byte[] Compress(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZLibStream(buffer, CompressionLevel.Fastest)) zip.Write(content);
        return buffer.ToArray();
    }

    private static byte[] Decompress(byte[] stored)
    {
        using var zip = new ZLibStream(new MemoryStream(stored), CompressionMode.Decompress);
        using var content = new MemoryStream();
        zip.CopyTo(content);
        return content.ToArray();
    }
}
