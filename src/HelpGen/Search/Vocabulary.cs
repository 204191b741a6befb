namespace HelpGen.Search;

/// <summary>
/// Every word and stem the process has met, numbered. Articles keep their words as arrays of these numbers
/// (<see cref="ArticleWords"/>), and the index, compound splitting and related articles count by number:
/// <list type="bullet">
/// <item>an array of numbers holds no reference, so a collection neither traces nor rewrites it (a locale's words
/// as strings were millions of references, marked and moved at each collection that found them alive);</item>
/// <item>a number is its own hash.</item>
/// </list>
/// Numbers are given in the order words are first met, which differs from run to run: nothing written may depend on
/// them, only on the words (<see cref="Word"/>). Thread-safe. A word is never forgotten: a site's vocabulary (a few
/// hundred thousand words) is small beside its text, and a preview meets few new words per edit.
/// </summary>
internal static class Vocabulary
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> BySpan = Numbers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The words by number. Replaced by a longer copy when full, so a reader never takes the lock.</summary>
    private static volatile string[] _words = new string[1 << 14];

    /// <summary>The text of word <paramref name="id"/>: one string per word, so equal words are the same string.</summary>
    public static string Word(int id) => _words[id];

    /// <summary>The number of <paramref name="word"/>, numbered now if it is new.</summary>
    public static int Id(ReadOnlySpan<char> word)
    {
        lock (Gate)
        {
            return BySpan.TryGetValue(word, out var id) ? id : Add(word.ToString());
        }
    }

    /// <inheritdoc cref="Id(ReadOnlySpan{char})"/>
    public static int Id(string word)
    {
        lock (Gate)
        {
            return Numbers.TryGetValue(word, out var id) ? id : Add(word);
        }
    }

    private static int Add(string word)
    {
        var id = Numbers.Count;
        var words = _words;
        if (id == words.Length)
        {
            Array.Resize(ref words, words.Length * 2);
        }

        words[id] = word;
        _words = words;
        Numbers.Add(word, id);
        return id;
    }
}
