using System.Buffers;
using System.IO.Hashing;
using System.Text;

namespace HelpGen.Output;

/// <summary>
/// The XxHash128 (hex) of lines of text, each ended by a line feed: the form every build-cache key takes, and of a
/// file's content. A key only tells builds apart (nothing trusts it against tampering), and a build hashes tens of
/// thousands of them, so each thread reuses one hasher and a pooled buffer.
/// </summary>
public static class LineHash
{
    public static string Of(IEnumerable<string> lines)
    {
        var hash = Hasher();
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            foreach (var line in lines)
            {
                var length = Encoding.UTF8.GetMaxByteCount(line.Length) + 1;
                if (length > buffer.Length)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = ArrayPool<byte>.Shared.Rent(length);
                }

                var written = Encoding.UTF8.GetBytes(line, buffer);
                buffer[written] = (byte)'\n';
                hash.Append(buffer.AsSpan(0, written + 1));
            }

            return Convert.ToHexString(hash.GetCurrentHash());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The XxHash128 (hex) of the content of the file at <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static string OfFile(string path)
    {
        var hash = Hasher();
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            using var handle = File.OpenHandle(path);
            long offset = 0;
            while (RandomAccess.Read(handle, buffer, offset) is > 0 and var read)
            {
                hash.Append(buffer.AsSpan(0, read));
                offset += read;
            }

            return Convert.ToHexString(hash.GetCurrentHash());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The thread's hasher, reset.</summary>
    private static XxHash128 Hasher()
    {
        var hash = t_hash ??= new XxHash128();
        hash.Reset();
        return hash;
    }

    [ThreadStatic]
    private static XxHash128? t_hash;
}
