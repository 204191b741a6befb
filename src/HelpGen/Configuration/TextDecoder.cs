using System.Buffers;
using System.Text;

namespace HelpGen.Configuration;

/// <summary>Decodes source files: strict UTF-8 (invalid bytes throw), byte order mark dropped, CRLF and CR made LF.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <exception cref="DecoderFallbackException">The bytes are not valid UTF-8.</exception>
    public static string Decode(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble)) span = span[3..];
        var text = Strict.GetString(span);
        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }

    /// <summary>What <see cref="Read{T}"/> makes of a file's decoded text while it is in the pooled buffer.</summary>
    public delegate T SpanReader<out T>(ReadOnlySpan<char> text);

    /// <summary>
    /// Reads and decodes a file as <see cref="Decode"/> does, into pooled buffers, and gives the text to
    /// <paramref name="read"/>: only what it makes of the text is kept (a build keeps an article's front matter when
    /// the content is loaded, and its body when it is parsed, never the whole file as a string).
    /// </summary>
    /// <exception cref="DecoderFallbackException">The bytes are not valid UTF-8.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static T Read<T>(string path, SpanReader<T> read)
    {
        using var handle = File.OpenHandle(path);
        var size = RandomAccess.GetLength(handle);
        if (size > Array.MaxLength / 2) throw new IOException($"{path} is too large to read");
        var bytes = ArrayPool<byte>.Shared.Rent((int)size);
        char[]? chars = null;
        try
        {
            var total = 0;
            while (total < size && RandomAccess.Read(handle, bytes.AsSpan(total, (int)size - total), total) is > 0 and var n) total += n;
            var span = bytes.AsSpan(0, total);
            if (span.StartsWith(Encoding.UTF8.Preamble)) span = span[3..];
            chars = ArrayPool<char>.Shared.Rent(Strict.GetMaxCharCount(span.Length));
            var length = NewlinesToLf(chars.AsSpan(0, Strict.GetChars(span, chars)));
            return read(chars.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            if (chars is not null) ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>
    /// Reads and decodes a file as <see cref="Decode"/> does, and returns its text from character <paramref name="start"/>
    /// on (an article's body is read again this way, without its front matter); see <see cref="Read{T}"/>.
    /// </summary>
    /// <param name="length">The whole decoded text's length in characters.</param>
    /// <exception cref="DecoderFallbackException">The bytes are not valid UTF-8.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static string DecodeFrom(string path, int start, out int length)
    {
        (var body, length) = Read(path, text => (start < text.Length ? new string(text[start..]) : string.Empty, text.Length));
        return body;
    }

    /// <summary>Turns CRLF and lone CR into LF in place; returns the new length.</summary>
    private static int NewlinesToLf(Span<char> text)
    {
        var first = text.IndexOf('\r');
        if (first < 0) return text.Length;
        var written = first;
        for (var i = first; i < text.Length; i++)
        {
            if (text[i] != '\r')
            {
                text[written++] = text[i];
                continue;
            }

            text[written++] = '\n';
            if (i + 1 < text.Length && text[i + 1] == '\n') i++;
        }

        return written;
    }
}
