using System.Collections.Concurrent;
using System.IO.Compression;
using System.Runtime.InteropServices;
using HelpGen.Output;

namespace HelpGen.Preview;

/// <summary>
/// The whole-site stage's files (search index shards, sitemap, aliases, host files, assets), kept compressed: a
/// 10,000-article locale's search index is about 100 MB of JSON in thousands of small shards, held twice while the
/// next result is built. Files are compressed as they are made (<see cref="Builder"/>), so a site's index is never
/// all in memory uncompressed. A file is decompressed when it is requested (microseconds for a shard). Compression
/// is lossless and deterministic, so two files are equal exactly when their stored bytes are. Immutable.
/// <para>
/// The compressed bytes live outside the garbage-collected heap (<see cref="NativeBytes"/>): each edit replaces
/// thousands of index files, and as managed arrays their old versions left holes all over the oldest generation,
/// which the runtime then compacted while requests waited.
/// </para>
/// </summary>
internal sealed class SiteFiles
{
    private readonly Dictionary<string, NativeBytes> _stored;

    private SiteFiles(Dictionary<string, NativeBytes> stored) => _stored = stored;

    public static SiteFiles Empty { get; } = new(new Dictionary<string, NativeBytes>());

    public IEnumerable<string> Paths => _stored.Keys;

    /// <summary>Collects the files of one result, each compressed when added; a later file of the same path replaces an earlier one.</summary>
    public sealed class Builder
    {
        private readonly ConcurrentDictionary<string, NativeBytes> _stored = new(StringComparer.Ordinal);

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

        public SiteFiles Build() => new(new Dictionary<string, NativeBytes>(_stored, StringComparer.Ordinal));
    }

    public OutputFile? Find(string path) => _stored.TryGetValue(path, out var stored) ? new OutputFile(path, Decompress(stored)) : null;

    /// <summary>True when <paramref name="other"/> has no file at <paramref name="path"/> or a different one.</summary>
    public bool Differs(SiteFiles other, string path) =>
        !_stored.TryGetValue(path, out var mine) || !other._stored.TryGetValue(path, out var theirs) || !mine.SameBytes(theirs);

    private static NativeBytes Compress(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZLibStream(buffer, CompressionLevel.Fastest, leaveOpen: true)) zip.Write(content);
        return new NativeBytes(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    private static byte[] Decompress(NativeBytes stored) => stored.Read(bytes =>
    {
        using var zip = new ZLibStream(bytes, CompressionMode.Decompress);
        using var content = new MemoryStream();
        zip.CopyTo(content);
        return content.ToArray();
    });

    /// <summary>
    /// A copy of some bytes in native memory, freed once nothing refers to it (a <see cref="SafeHandle"/>, so a read
    /// in progress keeps it alive). Results share a kept file's copy.
    /// </summary>
    internal sealed unsafe class NativeBytes : SafeHandle
    {
        public NativeBytes(ReadOnlySpan<byte> bytes)
            : base(IntPtr.Zero, ownsHandle: true)
        {
            Length = bytes.Length;
            SetHandle((IntPtr)NativeMemory.Alloc((nuint)Math.Max(1, bytes.Length)));
            bytes.CopyTo(new Span<byte>((void*)handle, bytes.Length));
        }

        public int Length { get; }

        public override bool IsInvalid => handle == IntPtr.Zero;

        /// <summary>Runs <paramref name="read"/> on a stream over the bytes, which stay valid until it returns.</summary>
        public T Read<T>(Func<Stream, T> read)
        {
            var added = false;
            try
            {
                DangerousAddRef(ref added);
                using var stream = new UnmanagedMemoryStream((byte*)handle, Length);
                return read(stream);
            }
            finally
            {
                if (added) DangerousRelease();
            }
        }

        public bool SameBytes(NativeBytes other)
        {
            if (ReferenceEquals(this, other)) return true;
            if (Length != other.Length) return false;
            var (mine, theirs) = (false, false);
            try
            {
                DangerousAddRef(ref mine);
                other.DangerousAddRef(ref theirs);
                return new ReadOnlySpan<byte>((void*)handle, Length).SequenceEqual(new ReadOnlySpan<byte>((void*)other.handle, Length));
            }
            finally
            {
                if (theirs) other.DangerousRelease();
                if (mine) DangerousRelease();
            }
        }

        protected override bool ReleaseHandle()
        {
            NativeMemory.Free((void*)handle);
            return true;
        }
    }
}
