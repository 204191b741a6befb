using System.Buffers;
using System.IO.Hashing;
using System.Text;

namespace HelpGen.Output;

/// <summary>
/// The XxHash128 (hex) of lines of text, each ended by a line feed: the form every build-cache key takes. A key only
/// tells builds apart (nothing trusts it against tampering), and a build hashes tens of thousands of them.
/// </summary>
public static class LineHash
{
    public static string Of(IEnumerable<string> lines)
    {
        var hash = new XxHash128();
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
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return Convert.ToHexString(hash.GetCurrentHash());
    }
}
