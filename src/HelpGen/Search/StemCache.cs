using System.Collections.Concurrent;
using HelpGen.Search.Stemming;

namespace HelpGen.Search;

/// <summary>
/// Remembers the stem of every word seen, so each distinct word is stemmed once. Safe for parallel use:
/// the stemmer itself (which may keep state) is called under a lock.
/// </summary>
internal sealed class StemCache(IStemmer? stemmer)
{
    private readonly ConcurrentDictionary<string, string> _stems = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Every word seen so far and its stem.</summary>
    public IReadOnlyDictionary<string, string> Stems => _stems;

    public string Stem(string word)
    {
        if (_stems.TryGetValue(word, out var stem))
        {
            return stem;
        }

        stem = Compute(word);
        return _stems.GetOrAdd(word, stem);
    }

    private string Compute(string word)
    {
        if (stemmer is null || char.IsDigit(word[0]))
        {
            return word;
        }

        string stem;
        lock (_gate)
        {
            stem = stemmer.Stem(word);
        }

        return stem.Length == 0 ? word : stem;
    }
}
