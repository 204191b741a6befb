using System.Numerics;
using System.Runtime.InteropServices;
using HelpGen.Search.Languages;
using HelpGen.Search.Stemming;

namespace HelpGen.Search;

/// <summary>
/// Chooses up to <see cref="MaxRelated"/> related articles for every article of one locale, at build time: first
/// the articles that share the most tags, then those that share the most distinctive words (the stems of title,
/// summary, headings and the opening text with the highest tf·idf in the locale; stop words and words in more than a
/// quarter of the articles, or in more than <see cref="MaxSharingArticles"/>, left out). The opening text only, so that the finder stays cheap on large sites.
/// Never the article itself; ties go to the URL, so the result is deterministic.
/// </summary>
public static class RelatedArticleFinder
{
    public const int MaxRelated = 5;

    /// <summary>How many distinctive stems of each article are compared.</summary>
    public const int TermsPerArticle = 24;

    /// <summary>
    /// A stem in more articles than this is not distinctive, whatever the site's size: the cap keeps the comparison
    /// linear in the number of articles (without it, a 10,000-article locale compared stems shared by 2,500 articles).
    /// </summary>
    public const int MaxSharingArticles = 64;

    /// <summary>Per article URL, the URLs of its related articles, best first.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Find(IReadOnlyList<SearchDocument> documents, string language)
    {
        var sorted = documents.OrderBy(d => d.Url, StringComparer.Ordinal).ToList();
        var tags = sorted.Select(d => d.Words.Tags.Select(t => string.Join(' ', t.Select(Vocabulary.Word))).Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal)).ToList();
        var terms = DistinctiveTerms(sorted, language);
        var links = new Links(tags, terms);
        var related = new IReadOnlyList<string>[sorted.Count];
        Parallel.For(0, sorted.Count, Parallelism.Options, i => related[i] = RelatedTo(i, links).Select(j => sorted[j].Url).ToList());
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        for (var i = 0; i < sorted.Count; i++)
        {
            result[sorted[i].Url] = related[i];
        }

        return result;
    }

    /// <summary>
    /// The indexes of the articles related to article <paramref name="i"/>, best first: every article sharing a tag or a
    /// distinctive stem is scored (shared tags; per shared stem the lower of the two weights, summed in the order of
    /// <paramref name="i"/>'s stems, so the sums do not depend on threads).
    /// </summary>
    /// <remarks>
    /// A tag of many articles is not walked article by article (that would make the finder quadratic in the size of a
    /// locale): its articles are a bit set, the articles found through a stem or a rare tag test their bits, and of the
    /// others, which share nothing but common tags, only the first few of each shared-tag count can be among the best.
    /// </remarks>
    private static List<int> RelatedTo(int i, Links links)
    {
        var scores = _scores is { } reused && reused.Tags.Length >= links.Count ? reused : _scores = new Scores(links.Count);
        scores.Start();
        var common = new List<ulong[]>();
        foreach (var tag in links.TagsOf[i])
        {
            if (links.TagBits[tag] is { } bits)
            {
                common.Add(bits);
                continue;
            }

            foreach (var j in links.ByTag[tag])
            {
                if (j == i) continue;
                scores.Touch(j);
                scores.Tags[j]++;
            }
        }

        foreach (var (term, weight) in links.TermsOf[i])
        {
            foreach (var (j, other) in links.ByTerm[term])
            {
                if (j == i) continue;
                scores.Touch(j);
                scores.Terms[j] += Math.Min(weight, other);
            }
        }

        var best = new List<(int Index, int Tags, double Terms)>(MaxRelated + 1);
        foreach (var j in scores.Touched)
        {
            foreach (var bits in common)
            {
                if (Bits.Has(bits, j)) scores.Tags[j]++;
            }

            Insert(best, (j, scores.Tags[j], Math.Round(scores.Terms[j], 9)));
        }

        if (common.Count > 0) InsertSharingOnlyCommonTags(best, i, common, scores.TouchedBits());
        return best.Select(b => b.Index).ToList();
    }

    /// <summary>
    /// Offers the articles that share only common tags with article <paramref name="i"/> (no stem, no rare tag): their
    /// score is the number of those tags, so of each count only the <see cref="MaxRelated"/> lowest indexes can be among
    /// the best.
    /// </summary>
    /// <param name="excluded">Article <paramref name="i"/> and the articles already offered (and more bits than the locale has articles: the set is reused).</param>
    private static void InsertSharingOnlyCommonTags(List<(int Index, int Tags, double Terms)> best, int i, List<ulong[]> common, ulong[] excluded)
    {
        Bits.Set(excluded, i);
        // One pass over the words: per shared count, the first MaxRelated articles (lowest indexes first).
        var levels = common.Count;
        // On the stack unless an article has very many tags.
        var found = levels <= 64 ? stackalloc int[(levels + 1) * MaxRelated] : new int[(levels + 1) * MaxRelated];
        var counts = levels <= 64 ? stackalloc int[levels + 1] : new int[levels + 1];
        Span<ulong> digits = stackalloc ulong[32 - BitOperations.LeadingZeroCount((uint)levels)];
        for (var word = 0; word < common[0].Length && counts[levels] < MaxRelated; word++)
        {
            // Each article's number of common tags in binary, one bit set per binary digit (a counter for 64 articles at once).
            digits.Clear();
            foreach (var bits in common)
            {
                var carry = bits[word];
                for (var d = 0; d < digits.Length && carry != 0; d++) (digits[d], carry) = (digits[d] ^ carry, digits[d] & carry);
            }

            for (var count = levels; count > 0; count--)
            {
                var exactly = ~excluded[word];
                for (var d = 0; d < digits.Length; d++) exactly &= (count >> d & 1) == 1 ? digits[d] : ~digits[d];
                for (; exactly != 0 && counts[count] < MaxRelated; exactly &= exactly - 1)
                {
                    found[(count * MaxRelated) + counts[count]++] = (word * 64) + BitOperations.TrailingZeroCount(exactly);
                }
            }
        }

        for (var count = levels; count > 0; count--)
        {
            for (var k = 0; k < counts[count]; k++) Insert(best, (found[(count * MaxRelated) + k], count, 0));
        }

        Bits.Clear(excluded, i);
    }

    /// <summary>The articles' tags and distinctive stems as numbers, and for each tag and stem the articles having it (in article order).</summary>
    private sealed class Links
    {
        public Links(List<HashSet<string>> tags, List<Dictionary<string, double>> terms)
        {
            Count = tags.Count;
            var tagIds = new Dictionary<string, int>(StringComparer.Ordinal);
            var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
            TagsOf = tags.Select(set => set.Select(tag => Id(tagIds, tag)).ToArray()).ToArray();
            TermsOf = terms.Select(map => map.Select(p => (Id(termIds, p.Key), p.Value)).ToArray()).ToArray();
            ByTag = Enumerable.Range(0, tagIds.Count).Select(_ => new List<int>()).ToArray();
            ByTerm = Enumerable.Range(0, termIds.Count).Select(_ => new List<(int, double)>()).ToArray();
            for (var i = 0; i < Count; i++)
            {
                foreach (var tag in TagsOf[i]) ByTag[tag].Add(i);
                foreach (var (term, weight) in TermsOf[i]) ByTerm[term].Add((i, weight));
            }

            TagBits = ByTag.Select(articles => articles.Count > MaxSharingArticles ? Bits.Of(articles, Count) : null).ToArray();
        }

        public int Count { get; }

        public int[][] TagsOf { get; }

        /// <summary>Per article, its stems and their weights, in the order of <see cref="DistinctiveTerms"/>.</summary>
        public (int Term, double Weight)[][] TermsOf { get; }

        public List<int>[] ByTag { get; }

        /// <summary>Per tag of more than <see cref="MaxSharingArticles"/> articles, its articles as a bit set; null for the others.</summary>
        public ulong[]?[] TagBits { get; }

        public List<(int Article, double Weight)>[] ByTerm { get; }

        private static int Id(Dictionary<string, int> ids, string key)
        {
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, key, out var exists);
            if (!exists) id = ids.Count - 1;
            return id;
        }
    }

    /// <summary>The candidates' scores against the article being compared, by candidate index (reused per thread).</summary>
    [ThreadStatic]
    private static Scores? _scores;

    /// <summary>Scores by article index; an entry counts only once touched in the current round, so nothing is cleared between articles.</summary>
    private sealed class Scores(int count)
    {
        private readonly int[] _round = new int[count];
        private readonly ulong[] _touchedBits = new ulong[Bits.Words(count)];
        private int _current;

        public int[] Tags { get; } = new int[count];

        public double[] Terms { get; } = new double[count];

        /// <summary>The articles touched in this round, in the order first touched.</summary>
        public List<int> Touched { get; } = [];

        public void Start()
        {
            foreach (var j in Touched) Bits.Clear(_touchedBits, j);
            _current++;
            Touched.Clear();
        }

        /// <summary>The articles touched in this round as a bit set (valid until the next <see cref="Start"/>).</summary>
        public ulong[] TouchedBits()
        {
            foreach (var j in Touched) Bits.Set(_touchedBits, j);
            return _touchedBits;
        }

        /// <summary>Makes <paramref name="j"/> a candidate of this round, with zero scores the first time.</summary>
        public void Touch(int j)
        {
            if (_round[j] == _current) return;
            (_round[j], Tags[j], Terms[j]) = (_current, 0, 0);
            Touched.Add(j);
        }
    }

    /// <summary>
    /// Puts a candidate in its place among the best so far, keeping the <see cref="MaxRelated"/> best: most shared tags,
    /// then the highest term score (rounded, so that summation order cannot reorder ties), then the lowest index (the
    /// documents are sorted by URL).
    /// </summary>
    private static void Insert(List<(int Index, int Tags, double Terms)> best, (int Index, int Tags, double Terms) candidate)
    {
        var at = best.Count;
        while (at > 0 && Before(candidate, best[at - 1])) at--;
        if (at >= MaxRelated) return;
        best.Insert(at, candidate);
        if (best.Count > MaxRelated) best.RemoveAt(MaxRelated);
    }

    private static bool Before((int Index, int Tags, double Terms) a, (int Index, int Tags, double Terms) b) =>
        a.Tags != b.Tags ? a.Tags > b.Tags : a.Terms != b.Terms ? a.Terms > b.Terms : a.Index < b.Index;

    /// <summary>Per document, its <see cref="TermsPerArticle"/> stems of highest tf·idf and their weights.</summary>
    private static List<Dictionary<string, double>> DistinctiveTerms(List<SearchDocument> documents, string language)
    {
        var analysis = SearchLanguages.For(language);
        using var stems = new StemCache(Stemmers.For(language), analysis.Forms);
        var counts = new Dictionary<string, int>[documents.Count];
        Parallel.For(0, documents.Count, Parallelism.Options, i => counts[i] = Count(documents[i], stems, analysis.StopWords));
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var stem in counts.SelectMany(c => c.Keys))
        {
            df[stem] = df.GetValueOrDefault(stem) + 1;
        }

        var common = Math.Max(2, Math.Min(documents.Count / 4, MaxSharingArticles));
        var terms = new Dictionary<string, double>[documents.Count];
        Parallel.For(0, documents.Count, Parallelism.Options, i => terms[i] = counts[i]
            .Where(p => df[p.Key] > 1 && df[p.Key] <= common)
            .Select(p => (p.Key, Weight: Math.Log(1 + p.Value) * Math.Log((double)documents.Count / df[p.Key])))
            .OrderByDescending(p => p.Weight).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(TermsPerArticle)
            .ToDictionary(p => p.Key, p => p.Weight, StringComparer.Ordinal));
        return [.. terms];
    }

    /// <summary>How often each stem occurs in the compared fields; words are counted first (by number) and each distinct one stemmed once.</summary>
    private static Dictionary<string, int> Count(SearchDocument document, StemCache stems, IReadOnlySet<string> stopWords)
    {
        var byWord = _byWord ??= new WordMap<int>();
        byWord.Clear();
        var words = document.Words;
        foreach (var section in words.Sections) Add(byWord, section.Heading);
        if (words.Sections.Count > 0)
        {
            Add(byWord, words.Sections[0].Plain);
            Add(byWord, words.Sections[0].Quoted);
        }

        // The title counts twice.
        Add(byWord, words.Title);
        Add(byWord, words.Summary);
        Add(byWord, words.Title);
        var counts = new Dictionary<string, int>(byWord.Count, StringComparer.Ordinal);
        foreach (var (number, count) in byWord.Entries())
        {
            var word = Vocabulary.Word(number);
            if (word.Length > 2 && !char.IsDigit(word[0]) && !stopWords.Contains(word))
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, Vocabulary.Word(stems.Stem(number)), out _) += count;
            }
        }

        return counts;
    }

    private static void Add(WordMap<int> byWord, int[] words)
    {
        foreach (var word in words)
        {
            byWord.GetOrAdd(word, out _)++;
        }
    }

    /// <summary>One document's word counts (by number), reused by each thread for the next document.</summary>
    [ThreadStatic]
    private static WordMap<int>? _byWord;
}

/// <summary>Sets of article indexes as bits, 64 to a word.</summary>
file static class Bits
{
    public static int Words(int count) => (count + 63) / 64;

    public static ulong[] Of(List<int> members, int count)
    {
        var bits = new ulong[Words(count)];
        foreach (var j in members) Set(bits, j);
        return bits;
    }

    public static bool Has(ulong[] bits, int j) => (bits[j >> 6] & (1UL << j)) != 0;

    public static void Set(ulong[] bits, int j) => bits[j >> 6] |= 1UL << j;

    public static void Clear(ulong[] bits, int j) => bits[j >> 6] &= ~(1UL << j);
}
