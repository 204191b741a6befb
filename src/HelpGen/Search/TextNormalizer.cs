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
    public static string Normalize(string text) => IsStable(text) ? LowerStable(text) : NormalizeSlow(text);

    /// <summary>
    /// <see cref="Normalize(string)"/> of a span, written into <paramref name="buffer"/> (grown when too small) when the text
    /// needs no ICU, which is nearly always; the span is valid until the buffer's next use. One pass: the ASCII part before
    /// the first other character is lower-cased with vector instructions, the rest character by character through
    /// <see cref="StableLower"/>, which also tells when a character needs ICU.
    /// </summary>
    internal static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> text, ref char[]? buffer)
    {
        var ascii = text.IndexOfAnyExceptInRange('\0', '\u007F');
        if (ascii < 0) ascii = text.Length;
        var length = ascii + StableLength(text[ascii..]);
        if (buffer is null || buffer.Length < length) buffer = new char[Math.Max(length, 4096)];
        Ascii.ToLower(text[..ascii], buffer, out _);
        return TryLowerStable(text[ascii..], buffer.AsSpan(ascii)) ? buffer.AsSpan(0, length) : NormalizeSlow(text.ToString());
    }

    /// <summary>The full rule, through ICU: NFKC, then lower case, then "ё" and "ß".</summary>
    internal static string NormalizeSlow(string text)
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
    /// True when NFKC leaves every character of <paramref name="text"/> as it is and lower-casing maps each one to one
    /// character: ASCII, the Latin-1 and Latin Extended-A letters, basic Cyrillic, common punctuation, arrows and the euro, rouble and tenge signs, none of them
    /// a compatibility character. Nearly all help text is like that, and then ICU is not needed (a test compares both
    /// paths for every such character).
    /// </summary>
    internal static bool IsStable(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c >= 0x80 && !IsStableChar(c))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsStableChar(char c) => c switch
    {
        < (char)0x80 => true,
        >= (char)0xC0 and <= (char)0x17E => c is not ((char)0x130 or (char)0x132 or (char)0x133 or (char)0x13F or (char)0x140 or (char)0x149),
        >= (char)0x400 and <= (char)0x45F => true,
        (char)0xA1 or (char)0xA7 or (char)0xA9 or (char)0xAB or (char)0xAE or (char)0xB0 or (char)0xB1 or (char)0xB6 or (char)0xB7 or (char)0xBB => true,
        (char)0x2013 or (char)0x2014 or (char)0x2018 or (char)0x2019 or (char)0x201C or (char)0x201D or (char)0x201E or (char)0x2022 => true,
        (char)0x20AC or (char)0x20B8 or (char)0x20BD or (char)0x2190 or (char)0x2192 => true,
        _ => false,
    };

    /// <summary>
    /// The normalized form of every character below U+0460 when <see cref="IsStableChar"/> holds for it (its invariant lower
    /// case, "ё" for "е"), else <see cref="NeedsIcu"/>: looked up once, as ICU per character is slow.
    /// </summary>
    private static readonly char[] StableLower = Enumerable.Range(0, 0x460).Select(c => StableLowerOf((char)c)).ToArray();

    private static char StableLowerOf(char c) => !IsStableChar(c) ? NeedsIcu : char.ToLowerInvariant(c) is var lower && lower == 'ё' ? 'е' : lower;

    private const char NeedsIcu = '\uFFFF';

    /// <summary><see cref="Normalize(string)"/> of a text for which <see cref="IsStable"/> holds: lower case, "ё" → "е", "ß" → "ss".</summary>
    private static string LowerStable(string text) =>
        string.Create(StableLength(text), text, static (span, source) => TryLowerStable(source, span));

    /// <summary>The length of a stable text once lower-cased: one more for each "ß".</summary>
    private static int StableLength(ReadOnlySpan<char> text) => text.Length + text.Count('ß');

    /// <summary>Writes the normalized form of <paramref name="source"/> into <paramref name="target"/>; false when a character needs ICU.</summary>
    private static bool TryLowerStable(ReadOnlySpan<char> source, Span<char> target)
    {
        var j = 0;
        foreach (var c in source)
        {
            var lower = c < StableLower.Length ? StableLower[c] : IsStableChar(c) ? char.ToLowerInvariant(c) : NeedsIcu;
            if (lower == NeedsIcu)
            {
                return false;
            }

            if (lower == 'ß')
            {
                target[j++] = 's';
                target[j++] = 's';
            }
            else
            {
                target[j++] = lower;
            }
        }

        return true;
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
