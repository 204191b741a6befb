namespace HelpGen.Search;

/// <summary>
/// The BM25F parameters of the index. The builder folds per-field term frequencies and field lengths
/// into one quantized weight per posting; the browser multiplies it by the term's idf.
/// Fields, in order: title, headings, tags, summary, body, quoted (title &gt; headings &gt; tags &gt; summary &gt; body
/// &gt; quoted: words of the body that stand inside quotation marks or code, which count for little).
/// </summary>
public static class SearchScoring
{
    public const int FieldCount = 6;
    public const int Title = 0;
    public const int Headings = 1;
    public const int Tags = 2;
    public const int Summary = 3;
    public const int Body = 4;
    public const int Quoted = 5;

    /// <summary>The largest quantized posting weight (one base-64 digit of the posting encoding).</summary>
    public const int MaxQuantizedWeight = 31;

    public const double K1 = 1.2;

    public static IReadOnlyList<string> FieldNames { get; } = ["title", "headings", "tags", "summary", "body", "quoted"];

    public static IReadOnlyList<double> FieldWeights { get; } = [12, 5, 3, 2, 1, 0.15];

    /// <summary>Length normalization per field (BM25's b).</summary>
    public static IReadOnlyList<double> FieldB { get; } = [0.5, 0.5, 0.3, 0.5, 0.75, 0];

    /// <summary>
    /// The saturated BM25F term weight tf~/(k1 + tf~), where tf~ sums each field's weighted,
    /// length-normalized frequency, quantized to 1..<see cref="MaxQuantizedWeight"/>.
    /// </summary>
    public static int Quantize(ReadOnlySpan<int> frequencies, ReadOnlySpan<int> lengths, ReadOnlySpan<double> averageLengths)
    {
        var tf = 0.0;
        for (var f = 0; f < FieldCount; f++)
        {
            if (frequencies[f] == 0)
            {
                continue;
            }

            var average = averageLengths[f] > 0 ? averageLengths[f] : 1;
            var norm = 1 - FieldB[f] + (FieldB[f] * lengths[f] / average);
            tf += FieldWeights[f] * frequencies[f] / norm;
        }

        var weight = tf / (K1 + tf);
        return Math.Clamp((int)Math.Round(weight * MaxQuantizedWeight, MidpointRounding.AwayFromZero), 1, MaxQuantizedWeight);
    }
}
