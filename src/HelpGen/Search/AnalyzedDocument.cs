namespace HelpGen.Search;

/// <summary>One document's terms: per stem the frequency in each field and where it occurs; and the field lengths.</summary>
internal sealed record AnalyzedDocument(
    SearchDocument Source,
    IReadOnlyDictionary<string, TermOccurrence> Terms,
    int[] FieldLengths);

/// <summary>How often a stem occurs in each field of one document, and the mask of places (bit 0 title, bit 1 + i section i).</summary>
internal sealed class TermOccurrence
{
    public int[] Frequencies { get; } = new int[SearchScoring.FieldCount];

    public uint Mask { get; set; }
}
