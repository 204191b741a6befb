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

    /// <summary>
    /// Reads and decodes a file as <see cref="Decode"/> does, and returns its text from character <paramref name="start"/>
    /// on: the bytes and the whole text go through pooled buffers, so only the returned part becomes a string (an
    /// article's body is read again this way, without its front matter).
    /// </summary>
    /// <param name="length">The whole decoded text's length in characters.</param>
    /// <exception cref="DecoderFallbackException">The bytes are not valid UTF-8.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static string DecodeFrom(string path, int start, out int length)
    {
        using var handle = File.OpenHandle(path);
        var size = RandomAccess.GetLength(handle);
        if (size > Array.MaxLength / 2) throw new IOException($"{path} is too large to read");
        var bytes = ArrayPool<byte>.Shared.Rent((int)size);
        char[]? chars = null;
        try
        {
            var read = 0;
            while (read < size && RandomAccess.Read(handle, bytes.AsSpan(read, (int)size - read), read) is > 0 and var n) read += n;
            var span = bytes.AsSpan(0, read);
            if (span.StartsWith(Encoding.UTF8.Preamble)) span = span[3..];
            chars = ArrayPool<char>.Shared.Rent(Strict.GetMaxCharCount(span.Length));
            length = NewlinesToLf(chars.AsSpan(0, Strict.GetChars(span, chars)));
            return start < length ? new string(chars, start, length - start) : string.Empty;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            if (chars is not null) ArrayPool<char>.Shared.Return(chars);
        }
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
