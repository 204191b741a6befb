namespace HelpGen.Theming;

/// <summary>
/// HTML-escapes text for element content and quoted attribute values. Only <c>&amp; &lt; &gt; " '</c> are
/// replaced; every other character, non-ASCII included, is written as it is (the pages are UTF-8).
/// </summary>
internal static class HtmlText
{
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("&<>\"'");

    /// <summary>Writes <paramref name="text"/> escaped through <paramref name="write"/>, in as few chunks as possible.</summary>
    public static void Escape(string text, Action<string, int, int> write)
    {
        var start = 0;
        while (start < text.Length)
        {
            var found = text.AsSpan(start).IndexOfAny(Special);
            if (found < 0)
            {
                write(text, start, text.Length - start);
                return;
            }

            if (found > 0)
            {
                write(text, start, found);
            }

            var entity = Entity(text[start + found]);
            write(entity, 0, entity.Length);
            start += found + 1;
        }
    }

    /// <summary>The escaped form of <paramref name="text"/> as a new string (tests, diagnostics).</summary>
    public static string Escape(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        Escape(text, (s, i, n) => builder.Append(s, i, n));
        return builder.ToString();
    }

    private static string Entity(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        _ => "&#x27;",
    };
}
