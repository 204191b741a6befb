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
    public static IReadOnlyList<string> Tokenize(string text) => Array.ConvertAll(Numbers(text), Vocabulary.Word);

    /// <summary>The words of a text, in order, by number (<see cref="Vocabulary"/>).</summary>
    internal static int[] Numbers(ReadOnlySpan<char> text)
    {
        var words = _scratch ??= [];
        words.Clear();
        AddWords(text, words);
        return words.Count == 0 ? [] : words.ToArray();
    }

    /// <summary>
    /// Appends the numbers of the words of <paramref name="text"/> to <paramref name="words"/>. The text is normalized
    /// into a buffer reused by the thread, and each word is looked up in the thread's table of the words it met
    /// (<see cref="Intern"/>), so splitting a text allocates nothing but its new words.
    /// </summary>
    internal static void AddWords(ReadOnlySpan<char> text, List<int> words)
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

    /// <summary>The list <see cref="Numbers"/> collects its words in, per thread; the result is an exact-size copy.</summary>
    [ThreadStatic]
    private static List<int>? _scratch;

    /// <summary>The normalized text being split on this thread.</summary>
    [ThreadStatic]
    private static char[]? _normalized;

    /// <summary>The hyphen-joined form being built on this thread.</summary>
    [ThreadStatic]
    private static char[]? _joined;

    /// <summary>Reads hyphen-joined parts from <paramref name="i"/>, adding each part and the joined form; returns the end.</summary>
    private static int ReadCompound(ReadOnlySpan<char> s, int i, List<int> words)
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
                Add(words, _joined.AsSpan(0, joined));
            }

            return i;
        }
    }

    private static void Append(ref char[]? buffer, ref int length, ReadOnlySpan<char> part)
    {
        buffer ??= new char[256];
        if (length + part.Length > buffer.Length) Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + part.Length));
        part.CopyTo(buffer.AsSpan(length));
        length += part.Length;
    }

    /// <summary>Reads one word, dropping apostrophes between its letters.</summary>
    private static ReadOnlySpan<char> ReadPart(ReadOnlySpan<char> s, ref int i)
    {
        var start = i;
        while (i < s.Length && IsWordChar(s[i]))
        {
            i++;
        }

        if (!(JoinsNext(s, i) && IsApostrophe(s[i])))
        {
            return s[start..i];
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

    private static void Add(List<int> words, ReadOnlySpan<char> word)
    {
        if (word.Length == 1 && !char.IsDigit(word[0]))
        {
            return;
        }

        words.Add(Intern(word.Length > MaxWordLength ? word[..MaxWordLength] : word));
    }

    /// <summary>
    /// The number of a word (<see cref="Vocabulary"/>), from the words this thread met before (a text repeats its
    /// words, and a site its vocabulary), so that most words cost neither an allocation nor the vocabulary's lock.
    /// </summary>
    internal static int Intern(ReadOnlySpan<char> span) => (t_words ??= new WordTable()).Intern(span);

    [ThreadStatic]
    private static WordTable? t_words;

    /// <summary>
    /// A thread's words by their text, with their numbers: open addressing over a power-of-two array, with each word's
    /// hash kept beside it. Every word of every article is looked up here, so the lookup is written out instead of going
    /// through a dictionary's comparer (two interface calls per word). The hash is .NET's randomized string hash, so no
    /// text can be made to collide on purpose; the table starts afresh after <see cref="MaxWords"/> words.
    /// </summary>
    private sealed class WordTable
    {
        private const int MaxWords = 200_000;
        private string?[] _words = new string?[1 << 12];
        private int[] _hashes = new int[1 << 12];
        private int[] _ids = new int[1 << 12];
        private int _count;

        public int Intern(ReadOnlySpan<char> span)
        {
            var hash = string.GetHashCode(span);
            var mask = _words.Length - 1;
            var i = hash & mask;
            while (_words[i] is { } word)
            {
                if (_hashes[i] == hash && span.SequenceEqual(word)) return _ids[i];
                i = (i + 1) & mask;
            }

            var id = Vocabulary.Id(span);
            if (_count == MaxWords)
            {
                (_words, _hashes, _ids, _count) = (new string?[_words.Length], new int[_words.Length], new int[_words.Length], 0);
            }
            else if (2 * (_count + 1) > _words.Length)
            {
                Grow();
            }

            Add(Vocabulary.Word(id), hash, id);
            return id;
        }

        private void Add(string word, int hash, int id)
        {
            var mask = _words.Length - 1;
            var i = hash & mask;
            while (_words[i] is not null) i = (i + 1) & mask;
            (_words[i], _hashes[i], _ids[i]) = (word, hash, id);
            _count++;
        }

        private void Grow()
        {
            var (words, hashes, ids) = (_words, _hashes, _ids);
            (_words, _hashes, _ids, _count) = (new string?[words.Length * 2], new int[words.Length * 2], new int[words.Length * 2], 0);
            for (var i = 0; i < words.Length; i++)
            {
                if (words[i] is { } word) Add(word, hashes[i], ids[i]);
            }
        }
    }
}
