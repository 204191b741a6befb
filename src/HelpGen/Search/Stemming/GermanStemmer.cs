namespace HelpGen.Search.Stemming;

/// <summary>
/// The Snowball "german" stemming algorithm (Snowball 3 form: <c>ae</c>/<c>oe</c>/<c>ue</c> read as umlauts,
/// feminine <c>-erin</c>/<c>-erinnen</c>, guarded <c>-et</c>). Stateless and thread-safe.
/// </summary>
public sealed partial class GermanStemmer : IStemmer
{
    private const int StackLimit = 128;

    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 0)
        {
            return word;
        }

        var capacity = (word.Length * 2) + 2;
        Span<char> storage = capacity <= StackLimit ? stackalloc char[capacity] : new char[capacity];
        var buffer = new StemBuffer(storage, word);

        Prelude(ref buffer);
        var (r1, r2) = MarkRegions(buffer);
        Step1(ref buffer, r1);
        Step2(ref buffer, r1);
        Step3(ref buffer, r1, r2);
        Postlude(ref buffer);
        return buffer.ToString(word);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'ä' or 'ö' or 'ü';

    /// <summary>
    /// Marks <c>u</c> and <c>y</c> between vowels as consonants (<c>U</c>, <c>Y</c>), then maps
    /// <c>ß</c> to <c>ss</c> and <c>ae</c>, <c>oe</c>, <c>ue</c> (not after <c>q</c>) to umlauts.
    /// </summary>
    private static void Prelude(ref StemBuffer buffer)
    {
        for (var i = 1; i < buffer.Length - 1; i++)
        {
            if (IsVowel(buffer[i - 1]) && IsVowel(buffer[i + 1]))
            {
                if (buffer[i] == 'u')
                {
                    buffer[i] = 'U';
                }
                else if (buffer[i] == 'y')
                {
                    buffer[i] = 'Y';
                }
            }
        }

        var position = 0;
        while (position < buffer.Length)
        {
            position += MapLetterAt(ref buffer, position);
        }
    }

    /// <summary>Applies the prelude mapping at <paramref name="index"/>; returns how many characters to advance.</summary>
    private static int MapLetterAt(ref StemBuffer buffer, int index)
    {
        var c = buffer[index];
        if (c == 'ß')
        {
            buffer.Expand(index, 's', 's');
            return 2;
        }

        var next = index + 1 < buffer.Length ? buffer[index + 1] : '\0';
        if (c == 'q' && next == 'u')
        {
            return 2;
        }

        if (next != 'e')
        {
            return 1;
        }

        var umlaut = c switch { 'a' => 'ä', 'o' => 'ö', 'u' => 'ü', _ => '\0' };
        if (umlaut != '\0')
        {
            buffer.Contract(index, umlaut);
        }

        return 1;
    }

    /// <summary>
    /// R1 is the region after the first non-vowel following a vowel, moved so that at least three letters
    /// precede it; R2 is the region after the first non-vowel following a vowel in (the unadjusted) R1.
    /// </summary>
    private static (int R1, int R2) MarkRegions(StemBuffer buffer)
    {
        var word = buffer.Chars;
        var length = word.Length;
        if (length < 3)
        {
            return (length, length);
        }

        var r1 = SnowballRegions.SkipVowelThenNonVowel(word, 0, IsVowel);
        if (r1 < 0)
        {
            return (length, length);
        }

        var r2 = SnowballRegions.SkipVowelThenNonVowel(word, r1, IsVowel);
        return (Math.Max(r1, 3), r2 < 0 ? length : r2);
    }


    /// <summary>Turns <c>U</c> and <c>Y</c> back into lower case and removes umlauts.</summary>
    private static void Postlude(ref StemBuffer buffer)
    {
        for (var i = 0; i < buffer.Length; i++)
        {
            buffer[i] = buffer[i] switch
            {
                'Y' => 'y',
                'U' or 'ü' => 'u',
                'ä' => 'a',
                'ö' => 'o',
                var other => other,
            };
        }
    }
}
