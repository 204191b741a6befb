using System.Runtime.CompilerServices;

namespace HelpGen.Search;

/// <summary>One document's terms: per stem the frequency in each field and where it occurs; and the field lengths.</summary>
internal sealed record AnalyzedDocument(
    SearchDocument Source,
    IReadOnlyDictionary<string, TermOccurrence> Terms,
    int[] FieldLengths);

/// <summary>
/// How often a stem occurs in each field of one document, and the mask of places (bit 0 title, bit 1 + i section i).
/// A value type stored inside the document's dictionary: a locale has millions of these.
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
