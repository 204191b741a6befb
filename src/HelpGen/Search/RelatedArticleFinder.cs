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
        var tags = sorted.Select(d => d.Words.Tags.Select(t => string.Join(' ', t)).Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal)).ToList();
        var terms = DistinctiveTerms(sorted, language);
        var byTag = Invert(tags);
        var byTerm = Invert(terms.Select(t => t.Keys.ToHashSet(StringComparer.Ordinal)).ToList());
        var related = new IReadOnlyList<string>[sorted.Count];
        Parallel.For(0, sorted.Count, Parallelism.Options, i => related[i] = RelatedTo(i, sorted, tags, terms, byTag, byTerm));
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        for (var i = 0; i < sorted.Count; i++)
        {
            result[sorted[i].Url] = related[i];
        }

        return result;
    }

    /// <summary>The URLs of the articles related to article <paramref name="i"/>, best first.</summary>
    private static List<string> RelatedTo(
        int i,
        List<SearchDocument> sorted,
        List<HashSet<string>> tags,
        List<Dictionary<string, double>> terms,
        Dictionary<string, List<int>> byTag,
        Dictionary<string, List<int>> byTerm)
    {
        var scores = _scores ??= [];
        scores.Clear();
        foreach (var tag in tags[i])
        {
            foreach (var j in byTag[tag])
            {
                if (j != i) CollectionsMarshal.GetValueRefOrAddDefault(scores, j, out _).Tags++;
            }
        }

        foreach (var (term, weight) in terms[i])
        {
            foreach (var j in byTerm[term])
            {
                if (j != i) CollectionsMarshal.GetValueRefOrAddDefault(scores, j, out _).Terms += Math.Min(weight, terms[j][term]);
            }
        }

        return Best(scores).Select(j => sorted[j].Url).ToList();
    }

    /// <summary>The candidates scores, per candidate's index, of the article being compared (reused per thread).</summary>
    [ThreadStatic]
    private static Dictionary<int, (int Tags, double Terms)>? _scores;

    /// <summary>
    /// The <see cref="MaxRelated"/> best candidates: most shared tags, then the highest term score (rounded, so that
    /// summation order cannot reorder ties), then the lowest index (the documents are sorted by URL).
    /// </summary>
    private static List<int> Best(Dictionary<int, (int Tags, double Terms)> scores)
    {
        var best = new List<(int Index, int Tags, double Terms)>(MaxRelated + 1);
        foreach (var (j, score) in scores)
        {
            var candidate = (j, score.Tags, Math.Round(score.Terms, 9));
            var at = best.Count;
            while (at > 0 && Before(candidate, best[at - 1])) at--;
            if (at >= MaxRelated) continue;
            best.Insert(at, candidate);
            if (best.Count > MaxRelated) best.RemoveAt(MaxRelated);
        }

        return best.Select(b => b.Index).ToList();
    }

    private static bool Before((int Index, int Tags, double Terms) a, (int Index, int Tags, double Terms) b) =>
        a.Tags != b.Tags ? a.Tags > b.Tags : a.Terms != b.Terms ? a.Terms > b.Terms : a.Index < b.Index;

    /// <summary>Per document, its <see cref="TermsPerArticle"/> stems of highest tf·idf and their weights.</summary>
    private static List<Dictionary<string, double>> DistinctiveTerms(List<SearchDocument> documents, string language)
    {
        var analysis = SearchLanguages.For(language);
        var stems = new StemCache(Stemmers.For(language), analysis.Forms);
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

    /// <summary>How often each stem occurs in the compared fields; words are counted first (by reference) and each distinct one stemmed once.</summary>
    private static Dictionary<string, int> Count(SearchDocument document, StemCache stems, IReadOnlySet<string> stopWords)
    {
        var byWord = new Dictionary<string, int>(ReferenceEqualityComparer.Instance);
        var words = document.Words;
        var texts = words.Sections.SelectMany(s => s.Heading)
            .Concat(words.Sections.Count > 0 ? words.Sections[0].Plain.Concat(words.Sections[0].Quoted) : [])
            .Concat(words.Title).Concat(words.Summary).Concat(words.Title);
        foreach (var word in texts)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(byWord, word, out _)++;
        }

        var counts = new Dictionary<string, int>(byWord.Count, StringComparer.Ordinal);
        foreach (var (word, count) in byWord)
        {
            if (word.Length > 2 && !char.IsDigit(word[0]) && !stopWords.Contains(word))
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, stems.Stem(word), out _) += count;
            }
        }

        return counts;
    }

    private static Dictionary<string, List<int>> Invert(List<HashSet<string>> sets)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < sets.Count; i++)
        {
            foreach (var key in sets[i])
            {
                if (!index.TryGetValue(key, out var list))
                {
                    list = [];
                    index.Add(key, list);
                }

                list.Add(i);
            }
        }

        return index;
    }
}
