using System.Collections.Concurrent;
using HelpGen.Search.Stemming;

namespace HelpGen.Search;

/// <summary>
/// Remembers the stem of every word seen, so each distinct word is stemmed once. Safe for parallel use (so is every
/// <see cref="IStemmer"/>; two threads may stem the same new word once each). A word listed in the language's forms
/// ("paid" → "pay") gets the stem of the word it stands for. Equal stems are one string, so callers may tell stems
/// apart by reference (<see cref="DocumentAnalyzer"/> does).
/// <para>
/// Each thread first asks its own map of the word strings it has met (by reference, as the tokenizer shares one string
/// per word on a thread): the index, compound splitting and related articles each stem every distinct word of every
/// article, and that look-up costs no hashing of the word's text nor any synchronization. Disposing the cache frees
/// those maps at once (a thread would otherwise hold them until the cache is finalized).
/// </para>
/// </summary>
internal sealed class StemCache(IStemmer? stemmer, IReadOnlyDictionary<string, string>? forms = null) : IDisposable
{
    private const int MaxSeen = 200_000;
    private readonly ConcurrentDictionary<string, string> _stems = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _canonical = new(StringComparer.Ordinal);
    private readonly ThreadLocal<WordMap<string>> _seen = new(() => new WordMap<string>());

    /// <summary>Every word seen so far and its stem.</summary>
    public IReadOnlyDictionary<string, string> Stems => _stems;

    public string Stem(string word)
    {
        var seen = _seen.Value!;
        if (seen.TryGetValue(word, out var stem)) return stem;
        stem = Shared(word);
        if (seen.Count >= MaxSeen) seen.Clear();
        seen.GetOrAdd(word, out _) = stem;
        return stem;
    }

    private string Shared(string word)
    {
        if (_stems.TryGetValue(word, out var stem))
        {
            return stem;
        }

        stem = _canonical.GetOrAdd(Compute(word), static s => s);
        return _stems.GetOrAdd(word, stem);
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
