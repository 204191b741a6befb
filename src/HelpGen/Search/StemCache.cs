using System.Collections.Concurrent;
using HelpGen.Search.Stemming;

namespace HelpGen.Search;

/// <summary>
/// Remembers the stem of every word seen, so each distinct word is stemmed once. Safe for parallel use (so is every
/// <see cref="IStemmer"/>; two threads may stem the same new word once each). A word listed in the language's forms
/// ("paid" → "pay") gets the stem of the word it stands for. Words and stems are numbers of the <see cref="Vocabulary"/>
/// (so equal stems are one string, and callers may count stems by number, as <see cref="DocumentAnalyzer"/> does).
/// <para>
/// Each thread first asks its own map of the word numbers it has met: the index, compound splitting and related articles
/// each stem every distinct word of every article, and that look-up costs no hashing of the word's text nor any
/// synchronization. Disposing the cache frees those maps at once (a thread would otherwise hold them until the cache is
/// finalized).
/// </para>
/// </summary>
internal sealed class StemCache(IStemmer? stemmer, IReadOnlyDictionary<string, string>? forms = null) : IDisposable
{
    private const int MaxSeen = 200_000;
    private readonly ConcurrentDictionary<string, string> _stems = new(StringComparer.Ordinal);
    private readonly ThreadLocal<WordMap<int>> _seen = new(() => new WordMap<int>());

    /// <summary>Every word seen so far and its stem.</summary>
    public IReadOnlyDictionary<string, string> Stems => _stems;

    /// <summary>The stem of word number <paramref name="word"/>, as a number of the <see cref="Vocabulary"/>.</summary>
    public int Stem(int word)
    {
        var seen = _seen.Value!;
        if (seen.TryGetValue(word, out var stem)) return stem;
        stem = Vocabulary.Id(Shared(Vocabulary.Word(word)));
        if (seen.Count >= MaxSeen) seen.Clear();
        seen.GetOrAdd(word, out _) = stem;
        return stem;
    }

    /// <summary>The stem of <paramref name="word"/>: one string per stem.</summary>
    public string Stem(string word) => Vocabulary.Word(Stem(Vocabulary.Id(word)));

    private string Shared(string word)
    {
        if (_stems.TryGetValue(word, out var stem))
        {
            return stem;
        }

        return _stems.GetOrAdd(word, Vocabulary.Word(Vocabulary.Id(Compute(word))));
    }

    public void Dispose() => _seen.Dispose();

    /// <summary>The stem of a word without remembering it (for probing candidate parts of compounds).</summary>
    public string StemUncached(string word) => _stems.TryGetValue(word, out var stem) ? stem : Compute(word);

    private string Compute(string word)
    {
        if (forms is not null && forms.TryGetValue(word, out var canonical))
        {
            word = canonical;
        }

        if (stemmer is null || char.IsDigit(word[0]))
        {
            return word;
        }

        var stem = stemmer.Stem(word);
        return stem.Length == 0 ? word : stem;
    }
}
