using System.Text;

namespace HelpGen.Markdown;

/// <summary>
/// Per-thread text buffers for the Markdown stage, emptied when handed out: rendering or extracting the text of
/// 30,000 articles then grows a few buffers per thread instead of allocating (and growing) one per call.
/// A caller must be done with a buffer (have taken its string) before it asks for the same one again.
/// </summary>
internal static class ThreadBuffers
{
    /// <summary>A buffer grown beyond this is replaced by a new one when next asked for, rather than kept for the thread's life.</summary>
    private const int KeepAtMost = 1 << 20;

    [ThreadStatic]
    private static StringBuilder? t_text;

    [ThreadStatic]
    private static StringBuilder? t_code;

    [ThreadStatic]
    private static StringBuilder? t_html;

    [ThreadStatic]
    private static StringBuilder? t_section;

    [ThreadStatic]
    private static char[]? t_chars;

    /// <summary>The thread's general buffer, empty.</summary>
    public static StringBuilder Text() => Take(ref t_text);

    /// <summary>A second buffer for text collected beside <see cref="Text"/>, empty.</summary>
    public static StringBuilder Code() => Take(ref t_code);

    /// <summary>The buffer an article's HTML is rendered into, empty (its own, so rendering may extract text).</summary>
    public static StringBuilder Html() => Take(ref t_html);

    /// <summary>The buffer a text section is collected in before it is collapsed (through <see cref="Text"/>), empty.</summary>
    public static StringBuilder Section() => Take(ref t_section);

    /// <summary>The thread's character array, at least <paramref name="length"/> long (its content is left over from the last use).</summary>
    public static char[] Chars(int length)
    {
        if (t_chars is { } kept && kept.Length >= length) return kept;
        var chars = new char[Math.Max(length, 4096)];
        if (chars.Length <= KeepAtMost) t_chars = chars;
        return chars;
    }

    private static StringBuilder Take(ref StringBuilder? buffer)
    {
        if (buffer is null || buffer.Capacity > KeepAtMost) buffer = new StringBuilder(16 * 1024);
        return buffer.Clear();
    }
}
