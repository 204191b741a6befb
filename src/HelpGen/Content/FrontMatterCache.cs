using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;
using System.Text.Json;

namespace HelpGen.Content;

/// <summary>
/// The front matter of article files read by earlier builds into a folder (<c>.helpgen-cache/frontmatter-&lt;output&gt;.bin</c>),
/// by the content hash of the whole file: the front matter, where the body starts and the body's length depend on the
/// file's bytes alone, so a file whose hash is known is not read or parsed again in the content stage (its body is read
/// when it is parsed). Only reads without diagnostics are kept, so a hit never hides a warning.
/// <para>
/// The hashes, sizes and write times come from the build's fingerprint (<c>BuildInputs</c>), taken before the content
/// stage: a body is later read only if the file still has that size and write time (else the build reports the file
/// as changed while building), and a file read now is remembered only if it had them when read. The file holds one
/// helpgen build's entries with a checksum; another build's file, or a damaged or cut one, is ignored. Thread-safe.
/// </para>
/// </summary>
public sealed class FrontMatterCache
{
    private const int Magic = 0x4D464748; // "HGFM"
    private readonly string _path;
    private readonly string _key;
    private readonly Func<string, (string Digest, long Size, DateTime Written)?> _files;
    private readonly ConcurrentDictionary<string, Entry> _known = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Entry> _used = new(StringComparer.Ordinal);

    private FrontMatterCache(string path, string key, Func<string, (string, long, DateTime)?> files) => (_path, _key, _files) = (path, key, files);

    /// <summary>Reads found in the cache by this build.</summary>
    public int Hits => _hits;

    private int _hits;

    /// <summary>The cache at <paramref name="path"/>; empty when the file is missing, of another key, damaged or unreadable.</summary>
    public static FrontMatterCache Open(string path, string key, Func<string, (string Digest, long Size, DateTime Written)?> files)
    {
        var cache = new FrontMatterCache(path, key, files);
        try
        {
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length < 8 || XxHash3.HashToUInt64(bytes.AsSpan(0, bytes.Length - 8)) != BitConverter.ToUInt64(bytes, bytes.Length - 8)) return cache;
            using var reader = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length - 8), Encoding.UTF8);
            if (reader.ReadInt32() != Magic || reader.ReadString() != key) return cache;
            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                var entry = new Entry(reader.ReadString(), reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
                cache._known[entry.Digest] = entry;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            cache._known.Clear();
        }

        return cache;
    }

    /// <summary>
    /// The article file <paramref name="file"/> as an earlier read of the same bytes found it, its body to be read from
    /// the file; null when the file's hash is unknown here (or the cached front matter no longer reads).
    /// </summary>
    public SourceArticle? Find(ArticleFile file, string displayPath)
    {
        if (_files(file.FullPath) is not { } listed || !_known.TryGetValue(listed.Digest, out var entry)) return null;
        FrontMatter? frontMatter;
        try
        {
            frontMatter = JsonSerializer.Deserialize(entry.FrontMatter, FrontMatterJson.Default.FrontMatter);
        }
        catch (JsonException)
        {
            return null;
        }

        if (frontMatter is null) return null;
        _used[entry.Digest] = entry;
        Interlocked.Increment(ref _hits);
        var body = MarkdownBody.OnDisk(file.FullPath, entry.BodyStart, entry.BodyLength, (listed.Size, listed.Written));
        return new SourceArticle(file.FullPath, displayPath, file.Language, file.Section, file.Slug, file.Country, frontMatter, body, entry.BodyLine);
    }

    /// <summary>Keeps a read without diagnostics of a file that had, when read, the size and write time the fingerprint listed.</summary>
    public void Remember(SourceArticle article)
    {
        if (_files(article.FullPath) is not { } listed || article.Body.Stamp != (listed.Size, listed.Written) || article.Body.IsInMemory) return;
        _used[listed.Digest] = new Entry(listed.Digest, JsonSerializer.Serialize(article.FrontMatter, FrontMatterJson.Default.FrontMatter), article.Body.Start, article.Body.Length, article.BodyLine);
    }

    /// <summary>
    /// Writes the entries this build found or made to the file it was opened from (so entries of files gone or edited
    /// drop out); a full disk costs only the next build's shortcut.
    /// </summary>
    public void Save()
    {
        var path = _path;
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var entries = _used.Values.OrderBy(e => e.Digest, StringComparer.Ordinal).ToList();
            // Sized up front (each string's UTF-8 bytes and length prefix, three numbers, the checksum): one array of some
            // megabytes, not a stream doubling its buffer and copying it at the end.
            static int Utf8(string text) => Encoding.UTF8.GetByteCount(text) + 5;
            var buffer = new MemoryStream(16 + Utf8(_key) + entries.Sum(e => Utf8(e.Digest) + Utf8(e.FrontMatter) + 12));
            using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(Magic);
                writer.Write(_key);
                writer.Write(entries.Count);
                foreach (var entry in entries)
                {
                    writer.Write(entry.Digest);
                    writer.Write(entry.FrontMatter);
                    writer.Write(entry.BodyStart);
                    writer.Write(entry.BodyLength);
                    writer.Write(entry.BodyLine);
                }
            }

            buffer.Write(BitConverter.GetBytes(XxHash3.HashToUInt64(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))));
            File.WriteAllBytes(temporary, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>One file's read: its front matter as JSON (every field, so a field added later is kept without a change here), and its body's place.</summary>
    private sealed record Entry(string Digest, string FrontMatter, int BodyStart, int BodyLength, int BodyLine);
}
