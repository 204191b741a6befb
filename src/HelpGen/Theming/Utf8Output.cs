using System.Buffers;
using System.Text;
using Scriban.Runtime;

namespace HelpGen.Theming;

/// <summary>
/// A Scriban output that encodes a page straight to UTF-8 in a buffer reused for every page a thread renders, so a
/// page costs one byte array instead of a string, a StringBuilder and a byte array. A surrogate pair split across two
/// writes is kept whole by the encoder's state.
/// </summary>
internal sealed class Utf8Output : IScriptOutput
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();

    public void Write(string text, int offset, int count) => _encoder.Convert(text.AsSpan(offset, count), _buffer, flush: false, out _, out _);

    /// <summary>Writes text that is UTF-8 already, as it is.</summary>
    public void Write(ReadOnlySpan<byte> utf8)
    {
        _encoder.Convert(ReadOnlySpan<char>.Empty, _buffer, flush: true, out _, out _);
        _buffer.Write(utf8);
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
        _encoder.Convert(ReadOnlySpan<char>.Empty, _buffer, flush: true, out _, out _);
        var bytes = _buffer.WrittenMemory;
        _buffer.ResetWrittenCount();
        _encoder.Reset();
        return bytes;
    }

    /// <summary>Empty: Scriban asks for the output's text after rendering, which this output never builds.</summary>
    public override string ToString() => string.Empty;
}
