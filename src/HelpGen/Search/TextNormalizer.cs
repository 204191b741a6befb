using System.Globalization;
using System.Text;

namespace HelpGen.Search;

/// <summary>
/// The text normalization shared by the index builder and <c>search.js</c> (which repeats it for queries):
/// NFKC, lower case (invariant), "ё" → "е", "ß" → "ss". <see cref="Fold"/> additionally removes accents
/// and collapses the German spellings "ae"/"oe"/"ue" to "a"/"o"/"u", so that "rucksendung",
/// "ruecksendung" and "rücksendung" share one folded key.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Normalizes a text (or one word) for indexing and querying.</summary>
    public static string Normalize(string text)
    {
        var composed = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        if (!NeedsReplacement(composed))
        {
            return composed;
        }

        var builder = new StringBuilder(composed.Length + 4);
        foreach (var c in composed)
        {
            switch (c)
            {
                case 'ё':
                    builder.Append('е');
                    break;
                case 'ß':
                    builder.Append("ss");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The folded key of a normalized word: accents removed (ü → u, й → и, é → e) and "ae", "oe", "ue"
    /// collapsed to "a", "o", "u". Used to place words in shards and to match spellings without umlauts.
    /// </summary>
    public static string Fold(string normalizedWord)
    {
        var decomposed = normalizedWord.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var last = builder.Length > 0 ? builder[^1] : '\0';
            if (c == 'e' && (last == 'a' || last == 'o' || last == 'u'))
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool NeedsReplacement(string text)
    {
        foreach (var c in text)
        {
            if (c == 'ё' || c == 'ß')
            {
                return true;
            }
        }

        return false;
    }
}
