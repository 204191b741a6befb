using System.Runtime.InteropServices;

namespace HelpGen.Search;

/// <summary>
/// Tokenizes and stems the fields of a <see cref="SearchDocument"/> into an <see cref="AnalyzedDocument"/>.
/// Body words inside quotation marks or code go to the low-weight quoted field and mark no section (an article
/// does not win on the example searches it quotes). Title, summary and tags share mask bit 0 (what the article is
/// about); bit 1 + i is text section i. A compound with known parts (<see cref="Decompounder"/>)
/// also counts as each part, in the same field and place.
/// </summary>
internal sealed class DocumentAnalyzer(StemCache stems, Func<string, IReadOnlyList<string>>? parts = null)
{
    /// <summary>Sections beyond this share the last mask bit.</summary>
    public const int MaxSectionBits = 30;

    public AnalyzedDocument Analyze(SearchDocument document)
    {
        var words = document.Words;
        var terms = new Dictionary<string, TermOccurrence>(Math.Min(1024, words.Sections.Sum(s => s.Plain.Count) / 3 + 16), StringComparer.Ordinal);
        var lengths = new int[SearchScoring.FieldCount];
        lengths[SearchScoring.Title] = Add(terms, words.Title, SearchScoring.Title, 1u);
        foreach (var tag in words.Tags)
        {
            lengths[SearchScoring.Tags] += Add(terms, tag, SearchScoring.Tags, 1u);
        }

        lengths[SearchScoring.Summary] = Add(terms, words.Summary, SearchScoring.Summary, 1u);
        for (var i = 0; i < words.Sections.Count; i++)
        {
            var section = words.Sections[i];
            var bit = 1u << (1 + Math.Min(i, MaxSectionBits));
            lengths[SearchScoring.Headings] += Add(terms, section.Heading, SearchScoring.Headings, bit);
            lengths[SearchScoring.Body] += Add(terms, section.Plain, SearchScoring.Body, bit);
            lengths[SearchScoring.Quoted] += Add(terms, section.Quoted, SearchScoring.Quoted, 0u);
        }

        return new AnalyzedDocument(document, terms, lengths);
    }

    /// <summary>The words of a section's text outside quotations and code, and those inside.</summary>
    internal static (string[] Plain, string[] Quoted) BodyWords(string text, string code)
    {
        var inCode = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in Tokenizer.Tokenize(code))
        {
            inCode[word] = inCode.GetValueOrDefault(word) + 1;
        }

        var plain = new List<string>(text.Length / 6);
        var quoted = new List<string>();
        foreach (var (run, isQuoted) in QuotedText.Split(text))
        {
            foreach (var word in Tokenizer.Tokenize(run))
            {
                var codeLeft = inCode.GetValueOrDefault(word);
                if (codeLeft > 0)
                {
                    inCode[word] = codeLeft - 1;
                }

                (isQuoted || codeLeft > 0 ? quoted : plain).Add(word);
            }
        }

        return (plain.ToArray(), quoted.ToArray());
    }

    private int Add(Dictionary<string, TermOccurrence> terms, IReadOnlyList<string> words, int field, uint bit)
    {
        foreach (var word in words)
        {
            Count(terms, stems.Stem(word), field, bit);
            foreach (var part in parts?.Invoke(word) ?? [])
            {
                Count(terms, stems.Stem(part), field, bit);
            }
        }

        return words.Count;
    }

    private static void Count(Dictionary<string, TermOccurrence> terms, string stem, int field, uint bit)
    {
        ref var occurrence = ref CollectionsMarshal.GetValueRefOrAddDefault(terms, stem, out _);
        occurrence.Frequencies[field]++;
        occurrence.Mask |= bit;
    }
}
