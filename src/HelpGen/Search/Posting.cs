using System.Runtime.CompilerServices;

namespace HelpGen.Search;

/// <summary>
/// One stem of one document as the index stores it: the stem (its number in the <see cref="Vocabulary"/>), its quantized BM25F weight in the document
/// (<see cref="SearchScoring.Quantize"/>) and the mask of where it occurs (bit 0 title, bit 1 + i section i).
/// A document's postings are an array of these: a locale has millions.
/// </summary>
internal readonly record struct Posting(int Stem, int Weight, uint Mask);

/// <summary>
/// How often a stem occurs in each field of one document, and the mask of places (bit 0 title, bit 1 + i section i),
/// while the document is analyzed.
/// </summary>
internal struct TermOccurrence
{
    public FieldCounts Frequencies;

    public uint Mask;
}

/// <summary>One count per field (<see cref="SearchScoring.FieldCount"/>), inline.</summary>
[InlineArray(SearchScoring.FieldCount)]
internal struct FieldCounts
{
    private int _first;
}
