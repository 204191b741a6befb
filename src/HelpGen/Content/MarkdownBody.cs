using HelpGen.Configuration;

namespace HelpGen.Content;

/// <summary>
/// The Markdown body of an article: held in memory, or (for a build into a folder) read again from its file when it
/// is parsed, so that a large site's text is never all in memory at once. The file was read and checked when the
/// content was loaded; if it changed since (its size, modification time or decoded length differs), <see cref="Read"/> throws
/// <see cref="ContentChangedException"/> and the build reports the file instead of mixing two versions of it.
/// </summary>
public sealed class MarkdownBody
{
    private readonly string? _text;
    private readonly string? _path;
    private readonly int _start;
    private readonly (long Size, DateTime Written) _stamp;

    private MarkdownBody(string? text, string? path, int start, int length, (long, DateTime) stamp) =>
        (_text, _path, _start, Length, _stamp) = (text, path, start, length, stamp);

    /// <summary>The body's length in characters.</summary>
    public int Length { get; }

    /// <summary>Where the body starts in the decoded file (0 for a body in memory).</summary>
    internal int Start => _start;

    /// <summary>The file's size and write time when it was read (default for a body in memory).</summary>
    internal (long Size, DateTime Written) Stamp => _stamp;

    /// <summary>True when the text is held in memory, false when it is read from its file when needed.</summary>
    public bool IsInMemory => _text is not null;

    /// <summary>A body kept in memory.</summary>
    public static MarkdownBody InMemory(string text) => new(text, null, 0, text.Length, default);

    /// <summary>
    /// A body read again from <paramref name="path"/>: the decoded file's text from <paramref name="start"/>,
    /// <paramref name="length"/> characters, as long as the file still has the size and time of <see cref="StampOf"/>.
    /// </summary>
    public static MarkdownBody OnDisk(string path, int start, int length, (long Size, DateTime Written) stamp) => new(null, path, start, length, stamp);

    /// <summary>A file's size and last write time, taken before it is read.</summary>
    public static (long Size, DateTime Written) StampOf(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc) : (-1, default);
    }

    /// <summary>
    /// True when <paramref name="other"/> has the same text: both in memory and equal, or both the same part of the
    /// same file with the same size and write time (the test the preview's read cache also relies on).
    /// </summary>
    public bool SameText(MarkdownBody other) =>
        ReferenceEquals(this, other)
        || (_text is not null && other._text is not null
            ? string.Equals(_text, other._text, StringComparison.Ordinal)
            : _path is not null && _path == other._path && _start == other._start && Length == other.Length && _stamp == other._stamp);

    /// <summary>The body's text.</summary>
    public string Read()
    {
        if (_text is not null) return _text;
        string body;
        int decoded;
        try
        {
            if (StampOf(_path!) != _stamp) throw new ContentChangedException(_path!, null);
            body = TextDecoder.DecodeFrom(_path!, _start, out decoded);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
        {
            throw new ContentChangedException(_path!, ex);
        }

        if (decoded != _start + Length) throw new ContentChangedException(_path!, null);
        return body;
    }
}

/// <summary>An article file changed or vanished between loading the content and parsing it.</summary>
public sealed class ContentChangedException(string path, Exception? inner)
    : Exception($"'{path}' changed while the site was being built", inner);
