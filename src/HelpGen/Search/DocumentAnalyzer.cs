namespace HelpGen.Search;

/// <summary>Tokenizes and stems the fields of a <see cref="SearchDocument"/> into an <see cref="AnalyzedDocument"/>.</summary>
internal sealed class DocumentAnalyzer(StemCache stems)
{
    /// <summary>Sections beyond this share the last mask bit.</summary>
    public const int MaxSectionBits = 30;

    public AnalyzedDocument Analyze(SearchDocument document)
    {
        var terms = new Dictionary<string, TermOccurrence>(StringComparer.Ordinal);
        var lengths = new int[SearchScoring.FieldCount];
        lengths[SearchScoring.Title] = Add(terms, document.Title, SearchScoring.Title, 1u);
        foreach (var tag in document.Tags)
        {
            lengths[SearchScoring.Tags] += Add(terms, tag, SearchScoring.Tags, 0u);
        }

        lengths[SearchScoring.Summary] = Add(terms, document.Summary ?? string.Empty, SearchScoring.Summary, 0u);
        for (var i = 0; i < document.Sections.Count; i++)
        {
            var section = document.Sections[i];
            var bit = 1u << (1 + Math.Min(i, MaxSectionBits));
            lengths[SearchScoring.Headings] += Add(terms, section.HeadingText ?? string.Empty, SearchScoring.Headings, bit);
            lengths[SearchScoring.Body] += Add(terms, section.Text, SearchScoring.Body, bit);
        }

        return new AnalyzedDocument(document, terms, lengths);
    }

    private int Add(Dictionary<string, TermOccurrence> terms, string text, int field, uint bit)
    {
        var words = Tokenizer.Tokenize(text);
        foreach (var word in words)
        {
            var stem = stems.Stem(word);
            if (!terms.TryGetValue(stem, out var occurrence))
            {
                occurrence = new TermOccurrence();
                terms.Add(stem, occurrence);
            }

            occurrence.Frequencies[field]++;
            occurrence.Mask |= bit;
        }

        return words.Count;
    }
}
