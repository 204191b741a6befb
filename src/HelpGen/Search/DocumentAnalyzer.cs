using System.Runtime.InteropServices;

namespace HelpGen.Search;

/// <summary>
/// Stems the words of a <see cref="SearchDocument"/>'s fields into its <see cref="Posting"/>s.
/// Body words inside quotation marks or code go to the low-weight quoted field and mark no section (an article
/// does not win on the example searches it quotes). Title, summary and tags share mask bit 0 (what the article is
/// about); bit 1 + i is text section i. A compound with known parts (<see cref="Decompounder"/>)
/// also counts as each part, in the same field and place. Occurrences are first counted per word (by reference: the
/// tokenizer shares one string per word), so each distinct word of a document is stemmed and split once.
/// </summary>
internal sealed class DocumentAnalyzer(StemCache stems, Func<string, IReadOnlyList<string>>? parts = null)
{
    /// <summary>Sections beyond this share the last mask bit.</summary>
    public const int MaxSectionBits = 30;

    /// <summary>The number of words in each field of a document (what BM25F's length normalization compares).</summary>
    public static int[] FieldLengths(ArticleWords words)
    {
        var lengths = new int[SearchScoring.FieldCount];
        lengths[SearchScoring.Title] = words.Title.Count;
        foreach (var tag in words.Tags)
        {
            lengths[SearchScoring.Tags] += tag.Count;
        }

        lengths[SearchScoring.Summary] = words.Summary.Count;
        foreach (var section in words.Sections)
        {
            lengths[SearchScoring.Headings] += section.Heading.Count;
            lengths[SearchScoring.Body] += section.Plain.Count;
            lengths[SearchScoring.Quoted] += section.Quoted.Count;
        }

        return lengths;
    }

    /// <summary>
    /// The postings of one document: each stem with its weight, given the document's field lengths
    /// (<see cref="FieldLengths"/>) and the locale's average field lengths. In no particular order.
    /// </summary>
    public Posting[] Analyze(SearchDocument document, int[] lengths, double[] averages)
    {
        var words = document.Words;
        var byWord = _byWord ??= new Dictionary<string, TermOccurrence>(ReferenceEqualityComparer.Instance);
        byWord.Clear();
        Count(byWord, words.Title, SearchScoring.Title, 1u);
        foreach (var tag in words.Tags)
        {
            Count(byWord, tag, SearchScoring.Tags, 1u);
        }

        Count(byWord, words.Summary, SearchScoring.Summary, 1u);
        for (var i = 0; i < words.Sections.Count; i++)
        {
            var section = words.Sections[i];
            var bit = 1u << (1 + Math.Min(i, MaxSectionBits));
            Count(byWord, section.Heading, SearchScoring.Headings, bit);
            Count(byWord, section.Plain, SearchScoring.Body, bit);
            Count(byWord, section.Quoted, SearchScoring.Quoted, 0u);
        }

        // By reference too: the stem cache gives one string per stem.
        var terms = _terms ??= new Dictionary<string, TermOccurrence>(ReferenceEqualityComparer.Instance);
        terms.Clear();
        foreach (var (word, occurrence) in byWord)
        {
            Merge(terms, stems.Stem(word), occurrence);
            foreach (var part in parts?.Invoke(word) ?? [])
            {
                Merge(terms, stems.Stem(part), occurrence);
            }
        }

        var postings = new Posting[terms.Count];
        var n = 0;
        foreach (var (stem, occurrence) in terms)
        {
            postings[n++] = new Posting(stem, SearchScoring.Quantize(occurrence.Frequencies, lengths, averages), occurrence.Mask);
        }

        return postings;
    }

    /// <summary>The occurrences of one document by word, then by stem; reused by each thread for the next document.</summary>
    [ThreadStatic]
    private static Dictionary<string, TermOccurrence>? _byWord;

    [ThreadStatic]
    private static Dictionary<string, TermOccurrence>? _terms;

    private static void Count(Dictionary<string, TermOccurrence> byWord, IReadOnlyList<string> words, int field, uint bit)
    {
        foreach (var word in words)
        {
            ref var occurrence = ref CollectionsMarshal.GetValueRefOrAddDefault(byWord, word, out _);
            occurrence.Frequencies[field]++;
            occurrence.Mask |= bit;
        }
    }

    private static void Merge(Dictionary<string, TermOccurrence> terms, string stem, TermOccurrence added)
    {
        ref var occurrence = ref CollectionsMarshal.GetValueRefOrAddDefault(terms, stem, out _);
        for (var f = 0; f < SearchScoring.FieldCount; f++)
        {
            occurrence.Frequencies[f] += added.Frequencies[f];
        }

        occurrence.Mask |= added.Mask;
    }
}
