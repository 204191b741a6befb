using System.IO.Compression;
using HelpGen.Output;

namespace HelpGen.Preview;

/// <summary>
/// The whole-site stage's files (search index shards, sitemap, aliases, host files, assets), kept compressed: a
/// 10,000-article locale's search index is about 100 MB of JSON in thousands of small shards, held twice while the
/// next result is built. A file is decompressed when it is requested (microseconds for a shard). Compression is
/// lossless and deterministic, so two files are equal exactly when their stored bytes are. Immutable.
/// </summary>
internal sealed class SiteFiles
{
    private readonly Dictionary<string, byte[]> _stored;

    private SiteFiles(Dictionary<string, byte[]> stored) => _stored = stored;

    public static SiteFiles Empty { get; } = new(new Dictionary<string, byte[]>());

    public IEnumerable<string> Paths => _stored.Keys;

    public static SiteFiles Of(IEnumerable<OutputFile> files) =>
        new(files.ToDictionary(f => f.Path, f => Compress(f.Content), StringComparer.Ordinal));

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
