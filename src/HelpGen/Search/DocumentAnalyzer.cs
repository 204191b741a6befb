using System.Runtime.InteropServices;

namespace HelpGen.Search;

/// <summary>
/// Tokenizes and stems the fields of a <see cref="SearchDocument"/> into an <see cref="AnalyzedDocument"/>.
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

    public AnalyzedDocument Analyze(SearchDocument document)
    {
        var words = document.Words;
        var byWord = _byWord ??= new Dictionary<string, TermOccurrence>(ReferenceEqualityComparer.Instance);
        byWord.Clear();
        var lengths = new int[SearchScoring.FieldCount];
        lengths[SearchScoring.Title] = Count(byWord, words.Title, SearchScoring.Title, 1u);
        foreach (var tag in words.Tags)
        {
            lengths[SearchScoring.Tags] += Count(byWord, tag, SearchScoring.Tags, 1u);
        }

        lengths[SearchScoring.Summary] = Count(byWord, words.Summary, SearchScoring.Summary, 1u);
        for (var i = 0; i < words.Sections.Count; i++)
        {
            var section = words.Sections[i];
            var bit = 1u << (1 + Math.Min(i, MaxSectionBits));
            lengths[SearchScoring.Headings] += Count(byWord, section.Heading, SearchScoring.Headings, bit);
            lengths[SearchScoring.Body] += Count(byWord, section.Plain, SearchScoring.Body, bit);
            lengths[SearchScoring.Quoted] += Count(byWord, section.Quoted, SearchScoring.Quoted, 0u);
        }

        var terms = new Dictionary<string, TermOccurrence>(byWord.Count, StringComparer.Ordinal);
        foreach (var (word, occurrence) in byWord)
        {
            Merge(terms, stems.Stem(word), occurrence);
            foreach (var part in parts?.Invoke(word) ?? [])
            {
                Merge(terms, stems.Stem(part), occurrence);
            }
        }

        return new AnalyzedDocument(document, terms, lengths);
    }

    /// <summary>The occurrences of one document by word, reused by each thread for the next document.</summary>
    [ThreadStatic]
    private static Dictionary<string, TermOccurrence>? _byWord;

    private static int Count(Dictionary<string, TermOccurrence> byWord, IReadOnlyList<string> words, int field, uint bit)
    {
        foreach (var word in words)
        {
            ref var occurrence = ref CollectionsMarshal.GetValueRefOrAddDefault(byWord, word, out _);
            occurrence.Frequencies[field]++;
            occurrence.Mask |= bit;
        }

        return words.Count;
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
