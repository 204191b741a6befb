using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Scriban.Runtime;

namespace HelpGen.Theming;

/// <summary>
/// A Scriban output that encodes a page straight to UTF-8 in a buffer reused for every page a thread renders, so a
/// page costs one byte array instead of a string, a StringBuilder and a byte array. Text is transcoded in one pass
/// (<see cref="Utf8.FromUtf16"/>); only a surrogate pair split across two writes goes through an encoder, whose state
/// keeps it whole. Lone surrogates become U+FFFD either way.
/// </summary>
internal sealed class Utf8Output : IScriptOutput
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();

    /// <summary>True while the encoder holds the first half of a surrogate pair, written last.</summary>
    private bool _held;

    public void Write(string text, int offset, int count)
    {
        var chars = text.AsSpan(offset, count);
        if (chars.IsEmpty) return;
        if (!_held)
        {
            Utf8.FromUtf16(chars, _buffer.GetSpan(chars.Length * 3), out var read, out var written, replaceInvalidSequences: true, isFinalBlock: false);
            _buffer.Advance(written);
            // All read, or all but a high surrogate that may pair with the next write's first character.
            chars = chars[read..];
            if (chars.IsEmpty) return;
        }

        _encoder.Convert(chars, _buffer, flush: false, out _, out _);
        _held = char.IsHighSurrogate(chars[^1]);
    }

    /// <summary>Writes text that is UTF-8 already, as it is.</summary>
    public void Write(ReadOnlySpan<byte> utf8)
    {
        Flush();
        _buffer.Write(utf8);
    }

    /// <summary>Ends a surrogate pair the encoder holds (with U+FFFD: its second half never came).</summary>
    private void Flush()
    {
        if (!_held) return;
        _encoder.Convert(ReadOnlySpan<char>.Empty, _buffer, flush: true, out _, out _);
        _held = false;
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// The bytes written since the last call, in the buffer itself: valid until the next write, which starts the next page.
    /// </summary>
    public ReadOnlyMemory<byte> TakeBuffered()
    {
        Flush();
        var bytes = _buffer.WrittenMemory;
        _buffer.ResetWrittenCount();
        _encoder.Reset();
        return bytes;
    }

    /// <summary>Empty: Scriban asks for the output's text after rendering, which this output never builds.</summary>
    public override string ToString() => string.Empty;
}
