using System.Buffers;

namespace HelpGen.Search;

/// <summary>
/// Cuts a text into runs outside and inside quotation marks ("…", “…”, „…“, «…», »…«), so that words that an
/// article only quotes (example searches, labels it talks about) count for little. A quotation longer than
/// <see cref="MaxQuoteLength"/> characters, or one that is never closed, is not treated as a quotation.
/// </summary>
internal static class QuotedText
{
    public const int MaxQuoteLength = 120;

    /// <summary>The closing mark of an opening quotation mark, or '\0'.</summary>
    private static char CloserOf(char c) => c switch
    {
        '"' => '"',
        '\u201C' => '\u201D',
        '\u201E' => '\u201C',
        '\u00AB' => '\u00BB',
        '\u00BB' => '\u00AB',
        _ => '\0',
    };

    /// <summary>The runs of <paramref name="text"/> in order, each with whether it is inside quotation marks.</summary>
    public static IEnumerable<(string Text, bool Quoted)> Split(string text)
    {
        var runs = new List<Run>();
        AddRuns(text, runs);
        return runs.Select(r => (text.Substring(r.Start, r.Length), r.Quoted));
    }

    /// <summary>Appends the runs of <paramref name="text"/> to <paramref name="runs"/>, in order, as ranges of the text.</summary>
    public static void AddRuns(string text, List<Run> runs)
    {
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            // Straight to the next opening mark: most of a text has none.
            var next = text.AsSpan(i).IndexOfAny(Openers);
            if (next < 0) break;
            i += next;
            var close = FindClose(text, i, CloserOf(text[i]));
            if (close < 0)
            {
                i++;
                continue;
            }

            if (i > start)
            {
                runs.Add(new Run(start, i - start, false));
            }

            runs.Add(new Run(i + 1, close - i - 1, true));
            start = i = close + 1;
        }

        if (start < text.Length)
        {
            runs.Add(new Run(start, text.Length - start, false));
        }
    }

    /// <summary>A run of a text: where it starts, how long it is, and whether it is quoted.</summary>
    public readonly record struct Run(int Start, int Length, bool Quoted);

    private static readonly SearchValues<char> Openers = SearchValues.Create("\"\u201C\u201E\u00AB\u00BB");

    private static int FindClose(string text, int open, char closer)
    {
        if (open + 1 >= text.Length || char.IsWhiteSpace(text[open + 1]))
        {
            return -1;
        }

        var limit = Math.Min(text.Length, open + 1 + MaxQuoteLength);
        for (var j = open + 1; j < limit; j++)
        {
            if (text[j] == closer)
            {
                return j;
            }
        }

        return -1;
    }
}
