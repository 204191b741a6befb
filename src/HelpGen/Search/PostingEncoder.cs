using System.Text;

namespace HelpGen.Search;

/// <summary>
/// Writes a term's postings as a compact JSON-safe string that <c>search.js</c> decodes: for each document,
/// in ascending id order, three variable-length numbers: the id gap (id − previous id − 1), the quantized
/// weight and the mask of where the term occurs (bit 0 title, bit 1 + i the i-th text section).
/// Each digit holds 5 bits of value in the URL-safe base-64 alphabet; a digit ≥ 32 means "more digits follow".
/// </summary>
public static class PostingEncoder
{
    public const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /// <summary>Appends one unsigned number, low 5-bit groups first.</summary>
    public static void AppendNumber(StringBuilder builder, uint value)
    {
        while (value >= 32)
        {
            builder.Append(Alphabet[(int)(32 | (value & 31))]);
            value >>= 5;
        }

        builder.Append(Alphabet[(int)value]);
    }

    /// <summary>Decodes a posting string back into (document, weight, mask) triples; used by tests.</summary>
    public static IReadOnlyList<(int Document, int Weight, uint Mask)> Decode(string encoded)
    {
        var result = new List<(int, int, uint)>();
        var position = 0;
        var previous = -1;
        while (position < encoded.Length)
        {
            var document = previous + 1 + (int)ReadNumber(encoded, ref position);
            var weight = (int)ReadNumber(encoded, ref position);
            var mask = ReadNumber(encoded, ref position);
            result.Add((document, weight, mask));
            previous = document;
        }

        return result;
    }

    private static uint ReadNumber(string encoded, ref int position)
    {
        uint value = 0;
        var shift = 0;
        while (true)
        {
            var digit = (uint)Alphabet.IndexOf(encoded[position++], StringComparison.Ordinal);
            value |= (digit & 31) << shift;
            if (digit < 32)
            {
                return value;
            }

            shift += 5;
        }
    }
}
