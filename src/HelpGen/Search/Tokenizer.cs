using System.Globalization;
using System.Text;

namespace HelpGen.Search;

/// <summary>
/// Splits text into normalized words (see <see cref="TextNormalizer"/>), the same way <c>search.js</c> splits queries.
/// A word is a run of letters, digits and combining marks. Apostrophes inside a word are dropped
/// ("can't" → "cant"); a hyphenated word yields its parts and the joined form ("e-mail" → "e", "mail", "email").
/// One-letter words are skipped (digits are kept), and words are cut at <see cref="MaxWordLength"/> characters.
/// </summary>
public static class Tokenizer
{
    public const int MaxWordLength = 40;

    /// <summary>The words of a text, in order.</summary>
    public static IReadOnlyList<string> Tokenize(string text)
    {
        var words = _scratch ??= [];
        words.Clear();
        var normalized = TextNormalizer.Normalize(text);
        var i = 0;
        while (i < normalized.Length)
        {
            if (IsWordChar(normalized[i]))
            {
                i = ReadCompound(normalized, i, words);
            }
            else
            {
                i++;
            }
        }

        return words.Count == 0 ? [] : words.ToArray();
    }

    /// <summary>The list each call collects its words in, per thread; the result is an exact-size copy.</summary>
    [ThreadStatic]
    private static List<string>? _scratch;

    /// <summary>Reads hyphen-joined parts from <paramref name="i"/>, adding each part and the joined form; returns the end.</summary>
    private static int ReadCompound(string s, int i, List<string> words)
    {
        StringBuilder? compound = null;
        var parts = 0;
        while (true)
        {
            var part = ReadPart(s, ref i);
            Add(words, part);
            parts++;
            if (JoinsNext(s, i) && IsHyphen(s[i]))
            {
                (compound ??= new StringBuilder()).Append(part);
                i++;
                continue;
            }

            if (parts > 1)
            {
                Add(words, compound!.Append(part).ToString());
            }

            return i;
        }
    }

    /// <summary>Reads one word, dropping apostrophes between its letters.</summary>
    private static string ReadPart(string s, ref int i)
    {
        var start = i;
        while (i < s.Length && IsWordChar(s[i]))
        {
            i++;
        }

        if (!(JoinsNext(s, i) && IsApostrophe(s[i])))
        {
            return i - start > MaxWordLength ? s.Substring(start, i - start) : Intern(s.AsSpan(start, i - start));
        }

        var joined = new StringBuilder().Append(s, start, i - start);
        while (JoinsNext(s, i) && IsApostrophe(s[i]))
        {
            start = ++i;
            while (i < s.Length && IsWordChar(s[i]))
            {
                i++;
            }

            joined.Append(s, start, i - start);
        }

        return joined.ToString();
    }

    private static bool JoinsNext(string s, int i) => i + 1 < s.Length && IsWordChar(s[i + 1]);

    internal static bool IsWordChar(char c) => c < 128
        ? char.IsAsciiLetterOrDigit(c)
        : CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
        _ => false,
    };

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static void Add(List<string> words, string word)
    {
        if (word.Length == 1 && !char.IsDigit(word[0]))
        {
            return;
        }

        words.Add(word.Length > MaxWordLength ? word[..MaxWordLength] : word);
    }

    /// <summary>
    /// The string of a word, shared with earlier occurrences on this thread (a text repeats its words, and a site
    /// its vocabulary), so that most words cost no allocation.
    /// </summary>
    internal static string Intern(ReadOnlySpan<char> span)
    {
        var words = _words ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (words.Count > MaxInterned)
        {
            words.Clear();
        }

        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(span, out var word))
        {
            return word;
        }

        word = span.ToString();
        words.Add(word, word);
        return word;
    }

    private const int MaxInterned = 200_000;

    [ThreadStatic]
    private static Dictionary<string, string>? _words;
}
