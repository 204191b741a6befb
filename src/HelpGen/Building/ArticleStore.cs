using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using HelpGen.Content;
using HelpGen.Markdown;
using HelpGen.Search;
using Microsoft.Win32.SafeHandles;

namespace HelpGen.Building;

/// <summary>
/// What builds into a folder keep of each parsed article for the next build (<c>.helpgen-cache/articles-&lt;output&gt;.bin</c>):
/// its ids, headings, text sections' headings and words, keyed by its path and the content hash of the whole file (see <c>BuildInputs</c>). An incremental
/// build (<see cref="PageReuse"/>) reads these for unchanged files instead of parsing them again: the search index and
/// related articles need every article's words, but only changed pages need their Markdown.
/// <para>
/// An entry depends only on the file's bytes and on the store's key, the fingerprint of everything else that shapes a
/// parse (settings, theme, site.yml, the helpgen build): a store of another key is started afresh. So entries are only
/// ever appended, even by a build that fails, and a file edited back and forth finds its old entry. Each entry has a
/// header (path, digest, ids; read when the store is opened) and a body (read when needed), each with a checksum: a
/// truncated file loses its last entry, a damaged entry is not used (the article is parsed and stored again).
/// <see cref="Compact"/> rewrites the file when most of it is entries no file has any more.
/// </para>
/// </summary>
internal sealed class ArticleStore : IDisposable
{
    private const int Magic = 0x43414748; // "HGAC"
    private const int FormatVersion = 2;
    private const int EntryHead = 24;
    private readonly string _path;
    private readonly string _key;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly object _appending = new();
    private readonly SafeFileHandle _file;
    private long _end;
    private volatile bool _full;

    private ArticleStore(string path, string key, SafeFileHandle file) => (_path, _key, _file) = (path, key, file);

    /// <summary>
    /// Opens the store at <paramref name="path"/> for reading and appending; when it is missing, of another key or
    /// unreadable, starts an empty one. Null when the folder cannot be written (then nothing is stored).
    /// </summary>
    public static ArticleStore? Open(string path, string key)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var store = new ArticleStore(path, key, File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read));
            try
            {
                if (!store.Scan()) store.Restart();
                return store;
            }
            catch
            {
                store.Dispose();
                throw;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The ids of the file at <paramref name="fullPath"/> when its entry is of <paramref name="digest"/>.</summary>
    public IReadOnlyList<string>? Ids(string fullPath, string digest) =>
        _entries.TryGetValue(fullPath, out var entry) && entry.Digest == digest ? entry.Ids : null;

    /// <summary>
    /// The stored outline and words of <paramref name="source"/> when its entry is of <paramref name="digest"/> and intact;
    /// else null. The outline's sections have their headings but no text or code: those are not stored (see <see cref="Add"/>).
    /// </summary>
    public (ArticleOutline Outline, ArticleWords Words)? Load(SourceArticle source, string digest)
    {
        if (!_entries.TryGetValue(source.FullPath, out var found) || found.Digest != digest) return null;
        // The body is needed only while it is decoded: a buffer from the pool, not an array per article.
        var body = ArrayPool<byte>.Shared.Rent(found.BodyLength);
        try
        {
            var bytes = body.AsSpan(0, found.BodyLength);
            if (RandomAccess.Read(_file, bytes, found.BodyOffset) != bytes.Length || XxHash3.HashToUInt64(bytes) != found.BodyChecksum) return Forget(found);
            using var reader = new BinaryReader(new MemoryStream(body, 0, found.BodyLength), Encoding.UTF8);
            var headings = ReadList(reader, r => new Heading(r.ReadString(), r.ReadString(), r.ReadInt32(), r.ReadInt32()));
            var text = ReadList(reader, r => new TextSection(ReadOptional(r), ReadOptional(r), string.Empty));
            var table = ReadWordTable(reader, bytes);
            int[] Words(BinaryReader r)
            {
                var words = new int[r.Read7BitEncodedInt()];
                for (var i = 0; i < words.Length; i++) words[i] = table[r.Read7BitEncodedInt()];
                return words;
            }

            var title = Words(reader);
            var tags = ReadList(reader, Words);
            var summary = Words(reader);
            var sections = ReadList(reader, r => new SectionWords(Words(r), Words(r), Words(r)));
            var ids = new HashSet<string>(found.Ids, StringComparer.Ordinal);
            return (new ArticleOutline(source, headings, ids, text), new ArticleWords(title, tags, summary, sections));
        }
        catch (Exception ex) when (ex is IOException or EndOfStreamException or FormatException or IndexOutOfRangeException or ArgumentException)
        {
            return Forget(found);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(body);
        }
    }

    /// <summary>
    /// Stores a freshly parsed article of the file with <paramref name="digest"/> (unless its entry is there already):
    /// its ids, headings and words, and each text section's heading, but not the sections' text and code. The words are
    /// what the search index and related articles need; the text only goes into the index's text blocks, and an
    /// incremental build keeps those of unchanged articles (<c>PageReuse.TextBlocks</c>). Left out, the texts do not cost
    /// every clean build their encoding and writing (they were about half of the store's bytes).
    /// </summary>
    public void Add(string digest, ArticleOutline outline, ArticleWords words)
    {
        var path = outline.Source.FullPath;
        if (_full || (_entries.TryGetValue(path, out var entry) && entry.Digest == digest)) return;
        // One buffer per thread for the whole entry: its head (lengths, checksums) is filled in last.
        var buffer = t_buffer ??= new MemoryStream();
        buffer.SetLength(EntryHead);
        buffer.Position = EntryHead;
        var ids = outline.Ids.Order(StringComparer.Ordinal).ToArray();
        using var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true);
        writer.Write(path);
        writer.Write(digest);
        WriteList(writer, ids, (w, id) => w.Write(id));
        var headerLength = (int)buffer.Length - EntryHead;
        WriteList(writer, outline.Headings, (w, h) => { w.Write(h.Id); w.Write(h.Text); w.Write(h.Level); w.Write(h.Line); });
        WriteList(writer, outline.Text, (w, s) => { WriteOptional(w, s.HeadingId); WriteOptional(w, s.HeadingText); });
        WriteWords(writer, words);
        writer.Flush();
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var header = bytes.Slice(EntryHead, headerLength);
        var body = bytes[(EntryHead + headerLength)..];
        var bodyChecksum = XxHash3.HashToUInt64(body);
        BinaryPrimitives.WriteInt32LittleEndian(bytes, headerLength);
        BinaryPrimitives.WriteInt32LittleEndian(bytes[4..], body.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[8..], XxHash3.HashToUInt64(header));
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[16..], bodyChecksum);
        long offset;
        lock (_appending)
        {
            offset = _end;
            _end += bytes.Length;
        }

        // Written outside the lock: each entry has its own range of the file.
        try
        {
            RandomAccess.Write(_file, bytes, offset);
            _entries[path] = new Entry(path, digest, ids, offset + EntryHead, headerLength, body.Length, bodyChecksum);
        }
        catch (IOException)
        {
            // A full disk: the store is only a shortcut, so the build goes on without this entry (a later
            // open cuts the file at the first entry that is not whole).
            _full = true;
        }

        if (buffer.Capacity > 1 << 20) t_buffer = null;
    }

    /// <summary>
    /// The words: each distinct word once (a table), then every field as indices into it, so a word repeated in the
    /// article costs a byte or two.
    /// </summary>
    private static void WriteWords(BinaryWriter writer, ArticleWords words)
    {
        var table = t_table ??= new WordMap<int>();
        var indices = t_indices ??= new List<int>();
        table.Clear();
        indices.Clear();
        void Field(int[] list)
        {
            indices.Add(list.Length);
            foreach (var word in list)
            {
                ref var index = ref table.GetOrAdd(word, out var exists);
                if (!exists) index = table.Count - 1;
                indices.Add(index);
            }
        }

        Field(words.Title);
        indices.Add(words.Tags.Count);
        foreach (var tag in words.Tags) Field(tag);
        Field(words.Summary);
        indices.Add(words.Sections.Count);
        foreach (var section in words.Sections)
        {
            Field(section.Heading);
            Field(section.Plain);
            Field(section.Quoted);
        }

        var ordered = new string[table.Count];
        foreach (var (word, index) in table.Entries()) ordered[index] = Vocabulary.Word(word);
        WriteList(writer, ordered, (w, word) => w.Write(word));
        var encoded = t_encoded ??= new byte[1 << 16];
        var length = 0;
        foreach (var index in indices)
        {
            if (length + 5 > encoded.Length)
            {
                writer.Write(encoded, 0, length);
                length = 0;
            }

            // The 7-bit encoding of BinaryWriter.Write7BitEncodedInt, without a call per byte.
            var value = (uint)index;
            while (value >= 0x80)
            {
                encoded[length++] = (byte)(value | 0x80);
                value >>= 7;
            }

            encoded[length++] = (byte)value;
        }

        writer.Write(encoded, 0, length);
        if (table.Count > 1 << 16) (t_table, t_indices) = (null, null);
    }

    [ThreadStatic]
    private static MemoryStream? t_buffer;

    [ThreadStatic]
    private static WordMap<int>? t_table;

    [ThreadStatic]
    private static List<int>? t_indices;

    [ThreadStatic]
    private static byte[]? t_encoded;

    /// <summary>
    /// Rewrites the file with only the entries of <paramref name="live"/> (path and digest) when the others take more
    /// than half of it: edits append, so without this the file would grow with every build. The store is closed after it.
    /// </summary>
    public void Compact(IReadOnlyDictionary<string, string> live, long minimumBytes = 16 << 20)
    {
        var kept = _entries.Values.Where(e => live.GetValueOrDefault(e.Path) == e.Digest).OrderBy(e => e.HeaderOffset).ToList();
        var used = kept.Sum(e => (long)EntryHead + e.HeaderLength + e.BodyLength);
        if (_end < 2 * used + minimumBytes) return;
        var temporary = $"{_path}.{Environment.ProcessId}.tmp";
        try
        {
            using (var output = new FileStream(temporary, FileMode.Create, FileAccess.Write))
            {
                WriteHeader(output, _key);
                foreach (var entry in kept)
                {
                    var bytes = new byte[EntryHead + entry.HeaderLength + entry.BodyLength];
                    if (RandomAccess.Read(_file, bytes, entry.HeaderOffset - EntryHead) != bytes.Length) continue;
                    output.Write(bytes);
                }
            }

            _file.Dispose();
            File.Move(temporary, _path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
        finally
        {
            _file.Dispose();
        }
    }

    public void Dispose() => _file.Dispose();

    /// <summary>Reads every entry's header; false when the file is not a store of this key (or is empty).</summary>
    private bool Scan()
    {
        var length = RandomAccess.GetLength(_file);
        var expected = new MemoryStream();
        WriteHeader(expected, _key);
        var start = new byte[expected.Length];
        if (length < start.Length || RandomAccess.Read(_file, start, 0) != start.Length || !start.AsSpan().SequenceEqual(expected.GetBuffer().AsSpan(0, start.Length))) return false;
        _end = start.Length;
        var buffer = new byte[4096];
        while (_end + EntryHead <= length)
        {
            // One read for the entry's lengths, checksums and (mostly) its header; a longer header takes a second read.
            var read = RandomAccess.Read(_file, buffer, _end);
            var head = buffer.AsSpan(0, read);
            var (headerLength, bodyLength) = (BinaryPrimitives.ReadInt32LittleEndian(head), BinaryPrimitives.ReadInt32LittleEndian(head[4..]));
            var headerOffset = _end + EntryHead;
            if (headerLength <= 0 || bodyLength < 0 || headerOffset + headerLength + (long)bodyLength > length) break;
            var (headerChecksum, bodyChecksum) = (BinaryPrimitives.ReadUInt64LittleEndian(head[8..]), BinaryPrimitives.ReadUInt64LittleEndian(head[16..]));
            var header = EntryHead + headerLength <= read ? buffer.AsSpan(EntryHead, headerLength).ToArray() : ReadAt(headerOffset, headerLength);
            _end = headerOffset + headerLength + bodyLength;
            if (header is null || XxHash3.HashToUInt64(header) != headerChecksum) continue;
            try
            {
                using var fields = new BinaryReader(new MemoryStream(header), Encoding.UTF8);
                var (path, digest) = (fields.ReadString(), fields.ReadString());
                _entries[path] = new Entry(path, digest, ReadStrings(fields), headerOffset, headerLength, bodyLength, bodyChecksum);
            }
            catch (Exception ex) when (ex is EndOfStreamException or FormatException or ArgumentException)
            {
                // A header that passed its checksum but does not decode (another format): not used.
            }
        }

        // Whatever follows the last whole entry (a write cut short) is cut off, so appends start on an entry boundary.
        if (_end < length) RandomAccess.SetLength(_file, _end);
        return true;
    }

    private byte[]? ReadAt(long offset, int length)
    {
        var bytes = new byte[length];
        return RandomAccess.Read(_file, bytes, offset) == length ? bytes : null;
    }

    /// <summary>Empties the file and writes the header of this key.</summary>
    private void Restart()
    {
        _entries.Clear();
        var header = new MemoryStream();
        WriteHeader(header, _key);
        RandomAccess.SetLength(_file, 0);
        RandomAccess.Write(_file, header.ToArray(), 0);
        _end = header.Length;
    }

    private static void WriteHeader(Stream stream, string key)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(key);
    }

    /// <summary>Drops a damaged entry, so that the article is stored again once parsed.</summary>
    private (ArticleOutline, ArticleWords)? Forget(Entry entry)
    {
        _entries.TryRemove(KeyValuePair.Create(entry.Path, entry));
        return null;
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    /// <summary>
    /// The words table of an entry (strings as <see cref="BinaryWriter.Write(string)"/> writes them), each word decoded
    /// from <paramref name="body"/> into a stack buffer and numbered as the tokenizer numbers it
    /// (<see cref="Tokenizer.Intern"/>): a word the thread has met before costs no allocation.
    /// </summary>
    private static int[] ReadWordTable(BinaryReader reader, ReadOnlySpan<byte> body)
    {
        var stream = reader.BaseStream;
        var table = new int[reader.Read7BitEncodedInt()];
        Span<char> chars = stackalloc char[256];
        for (var i = 0; i < table.Length; i++)
        {
            var length = reader.Read7BitEncodedInt();
            var bytes = body.Slice((int)stream.Position, length);
            stream.Position += length;
            table[i] = length <= chars.Length ? Tokenizer.Intern(chars[..Encoding.UTF8.GetChars(bytes, chars)]) : Tokenizer.Intern(Encoding.UTF8.GetString(bytes));
        }

        return table;
    }

    private static string[] ReadStrings(BinaryReader reader)
    {
        var strings = new string[reader.Read7BitEncodedInt()];
        for (var i = 0; i < strings.Length; i++) strings[i] = reader.ReadString();
        return strings;
    }

    private static List<T> ReadList<T>(BinaryReader reader, Func<BinaryReader, T> item)
    {
        var count = reader.Read7BitEncodedInt();
        var list = new List<T>(count);
        for (var i = 0; i < count; i++) list.Add(item(reader));
        return list;
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null) writer.Write(value);
    }

    private static void WriteList<T>(BinaryWriter writer, IReadOnlyList<T> list, Action<BinaryWriter, T> item)
    {
        writer.Write7BitEncodedInt(list.Count);
        foreach (var value in list) item(writer, value);
    }

    /// <summary>Where an entry is: its header (path, digest, ids) at <see cref="HeaderOffset"/>, its body right after.</summary>
    private sealed record Entry(string Path, string Digest, string[] Ids, long HeaderOffset, int HeaderLength, int BodyLength, ulong BodyChecksum)
    {
        public long BodyOffset => HeaderOffset + HeaderLength;
    }
}
