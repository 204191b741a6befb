using System.Runtime.InteropServices;

namespace HelpGen.Search;

/// <summary>
/// Stems the words of a <see cref="SearchDocument"/>'s fields into its <see cref="Posting"/>s.
/// Body words inside quotation marks or code go to the low-weight quoted field and mark no section (an article
/// does not win on the example searches it quotes). Title, summary and tags share mask bit 0 (what the article is
/// about); bit 1 + i is text section i. A compound with known parts (<see cref="Decompounder"/>)
/// also counts as each part, in the same field and place. Occurrences are first counted per word (by its number in the
/// <see cref="Vocabulary"/>), so each distinct word of a document is stemmed and split once.
/// </summary>
internal sealed class DocumentAnalyzer(StemCache stems, Func<int, int[]>? parts = null)
{
    /// <summary>Sections beyond this share the last mask bit.</summary>
    public const int MaxSectionBits = 30;

    /// <summary>The number of words in each field of a document (what BM25F's length normalization compares).</summary>
    public static int[] FieldLengths(ArticleWords words)
    {
        var lengths = new int[SearchScoring.FieldCount];
        lengths[SearchScoring.Title] = words.Title.Length;
        foreach (var tag in words.Tags)
        {
            lengths[SearchScoring.Tags] += tag.Length;
        }

        lengths[SearchScoring.Summary] = words.Summary.Length;
        foreach (var section in words.Sections)
        {
            lengths[SearchScoring.Headings] += section.Heading.Length;
            lengths[SearchScoring.Body] += section.Plain.Length;
            lengths[SearchScoring.Quoted] += section.Quoted.Length;
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
        var byWord = t_byWord ??= new OccurrenceTable();
        byWord.Clear();
        byWord.Add(words.Title, SearchScoring.Title, 1u);
        foreach (var tag in words.Tags)
        {
            byWord.Add(tag, SearchScoring.Tags, 1u);
        }

        byWord.Add(words.Summary, SearchScoring.Summary, 1u);
        for (var i = 0; i < words.Sections.Count; i++)
        {
            var section = words.Sections[i];
            var bit = 1u << (1 + Math.Min(i, MaxSectionBits));
            byWord.Add(section.Heading, SearchScoring.Headings, bit);
            byWord.Add(section.Plain, SearchScoring.Body, bit);
            byWord.Add(section.Quoted, SearchScoring.Quoted, 0u);
        }

        // By number too: the stem cache gives a stem's number.
        var terms = t_terms ??= new OccurrenceTable();
        terms.Clear();
        for (var w = 0; w < byWord.Count; w++)
        {
            var word = byWord.Keys[w];
            terms.Merge(stems.Stem(word), byWord.Occurrences[w]);
            foreach (var part in parts?.Invoke(word) ?? [])
            {
                terms.Merge(stems.Stem(part), byWord.Occurrences[w]);
            }
        }

        var postings = new Posting[terms.Count];
        for (var t = 0; t < terms.Count; t++)
        {
            ref var occurrence = ref terms.Occurrences[t];
            postings[t] = new Posting(terms.Keys[t], SearchScoring.Quantize(occurrence.Frequencies, lengths, averages), occurrence.Mask);
        }

        return postings;
    }

    /// <summary>The occurrences of one document by word, then by stem; reused by each thread for the next document.</summary>
    [ThreadStatic]
    private static OccurrenceTable? t_byWord;

    [ThreadStatic]
    private static OccurrenceTable? t_terms;

    /// <summary>
    /// Occurrences by word (or stem) number, in the order first met: a map to an index into plain arrays.
    /// Not a <c>Dictionary&lt;string, TermOccurrence&gt;</c>: .NET cannot precompile that dictionary's code for a
    /// value type of this assembly, so every build ran it unoptimized for its first seconds.
    /// </summary>
    private sealed class OccurrenceTable
    {
        private readonly WordMap<int> _index = new();

        public int[] Keys = new int[256];

        public TermOccurrence[] Occurrences = new TermOccurrence[256];

        public int Count;

        public void Clear()
        {
            _index.Clear();
            Count = 0;
        }

        public void Add(int[] words, int field, uint bit)
        {
            foreach (var word in words)
            {
                ref var occurrence = ref this[word];
                occurrence.Frequencies[field]++;
                occurrence.Mask |= bit;
            }
        }

        public void Merge(int stem, in TermOccurrence added)
        {
            ref var occurrence = ref this[stem];
            for (var f = 0; f < SearchScoring.FieldCount; f++)
            {
                occurrence.Frequencies[f] += added.Frequencies[f];
            }

            occurrence.Mask |= added.Mask;
        }

        private ref TermOccurrence this[int key]
        {
            get
            {
                ref var index = ref _index.GetOrAdd(key, out var exists);
                if (!exists)
                {
                    index = Count++;
                    if (index == Keys.Length)
                    {
                        Array.Resize(ref Keys, index * 2);
                        Array.Resize(ref Occurrences, index * 2);
                    }

                    Keys[index] = key;
                    Occurrences[index] = default;
                }

                return ref Occurrences[index];
            }
        }
    }
}
