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
        AddWords(text, words);
        return words.Count == 0 ? [] : words.ToArray();
    }

    /// <summary>
    /// Appends the words of <paramref name="text"/> to <paramref name="words"/>. The text is normalized into a buffer
    /// reused by the thread, and each word is a string shared with its earlier occurrences (<see cref="Intern"/>), so
    /// splitting a text allocates little more than its new words.
    /// </summary>
    internal static void AddWords(ReadOnlySpan<char> text, List<string> words)
    {
        var normalized = TextNormalizer.Normalize(text, ref _normalized);
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
    }

    /// <summary>The list <see cref="Tokenize"/> collects its words in, per thread; the result is an exact-size copy.</summary>
    [ThreadStatic]
    private static List<string>? _scratch;

    /// <summary>The normalized text being split on this thread.</summary>
    [ThreadStatic]
    private static char[]? _normalized;

    /// <summary>The hyphen-joined form being built on this thread.</summary>
    [ThreadStatic]
    private static char[]? _joined;

    /// <summary>Reads hyphen-joined parts from <paramref name="i"/>, adding each part and the joined form; returns the end.</summary>
    private static int ReadCompound(ReadOnlySpan<char> s, int i, List<string> words)
    {
        var joined = 0;
        var parts = 0;
        while (true)
        {
            var part = ReadPart(s, ref i);
            Add(words, part);
            parts++;
            if (JoinsNext(s, i) && IsHyphen(s[i]))
            {
                Append(ref _joined, ref joined, part);
                i++;
                continue;
            }

            if (parts > 1)
            {
                Append(ref _joined, ref joined, part);
                var compound = _joined.AsSpan(0, joined);
                Add(words, compound.Length > MaxWordLength ? compound.ToString() : Intern(compound));
            }

            return i;
        }
    }

    private static void Append(ref char[]? buffer, ref int length, string part)
    {
        buffer ??= new char[256];
        if (length + part.Length > buffer.Length) Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + part.Length));
        part.CopyTo(buffer.AsSpan(length));
        length += part.Length;
    }

    /// <summary>Reads one word, dropping apostrophes between its letters.</summary>
    private static string ReadPart(ReadOnlySpan<char> s, ref int i)
    {
        var start = i;
        while (i < s.Length && IsWordChar(s[i]))
        {
            i++;
        }

        if (!(JoinsNext(s, i) && IsApostrophe(s[i])))
        {
            var word = s[start..i];
            return word.Length > MaxWordLength ? word.ToString() : Intern(word);
        }

        var joined = new StringBuilder().Append(s[start..i]);
        while (JoinsNext(s, i) && IsApostrophe(s[i]))
        {
            start = ++i;
            while (i < s.Length && IsWordChar(s[i]))
            {
                i++;
            }

            joined.Append(s[start..i]);
        }

        return joined.ToString();
    }

    private static bool JoinsNext(ReadOnlySpan<char> s, int i) => i + 1 < s.Length && IsWordChar(s[i + 1]);

    internal static bool IsWordChar(char c) => c < 128
        ? char.IsAsciiLetterOrDigit(c)
        : c is >= '\u0400' and <= '\u045F' || (c is >= '\u00C0' and <= '\u024F' && c is not ('\u00D7' or '\u00F7')) || CharUnicodeInfo.GetUnicodeCategory(c) switch
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
    internal static string Intern(ReadOnlySpan<char> span) => (t_words ??= new WordTable()).Intern(span);

    [ThreadStatic]
    private static WordTable? t_words;

    /// <summary>
    /// A thread's words by their text: open addressing over a power-of-two array, with each word's hash kept beside it.
    /// Every word of every article is looked up here, so the lookup is written out instead of going through a
    /// dictionary's comparer (two interface calls per word). The hash is .NET's randomized string hash, so no text can
    /// be made to collide on purpose; the table starts afresh after <see cref="MaxWords"/> words.
    /// </summary>
    private sealed class WordTable
    {
        private const int MaxWords = 200_000;
        private string?[] _words = new string?[1 << 12];
        private int[] _hashes = new int[1 << 12];
        private int _count;

        public string Intern(ReadOnlySpan<char> span)
        {
            var hash = string.GetHashCode(span);
            var mask = _words.Length - 1;
            var i = hash & mask;
            while (_words[i] is { } word)
            {
                if (_hashes[i] == hash && span.SequenceEqual(word)) return word;
                i = (i + 1) & mask;
            }

            var added = span.ToString();
            if (_count == MaxWords)
            {
                (_words, _hashes, _count) = (new string?[_words.Length], new int[_words.Length], 0);
            }
            else if (2 * (_count + 1) > _words.Length)
            {
                Grow();
            }

            Add(added, hash);
            return added;
        }

        private void Add(string word, int hash)
        {
            var mask = _words.Length - 1;
            var i = hash & mask;
            while (_words[i] is not null) i = (i + 1) & mask;
            (_words[i], _hashes[i]) = (word, hash);
            _count++;
        }

        private void Grow()
        {
            var (words, hashes) = (_words, _hashes);
            (_words, _hashes, _count) = (new string?[words.Length * 2], new int[words.Length * 2], 0);
            for (var i = 0; i < words.Length; i++)
            {
                if (words[i] is { } word) Add(word, hashes[i]);
            }
        }
    }
}
