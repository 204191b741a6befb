namespace HelpGen.Search.Stemming;

/// <summary>
/// The Snowball "english" (Porter2) stemming algorithm, Snowball 3 form. Stateless and thread-safe.
/// </summary>
public sealed partial class EnglishStemmer : IStemmer
{
    private const int StackLimit = 128;

    /// <summary>Whole words with a fixed stem (irregular forms and words that only look inflected).</summary>
    private static readonly Dictionary<string, string> SpecialWords = new(StringComparer.Ordinal)
    {
        ["skis"] = "ski",
        ["skies"] = "sky",
        ["idly"] = "idl",
        ["gently"] = "gentl",
        ["ugly"] = "ugli",
        ["early"] = "earli",
        ["only"] = "onli",
        ["singly"] = "singl",
        ["sky"] = "sky",
        ["news"] = "news",
        ["howe"] = "howe",
        ["atlas"] = "atlas",
        ["cosmos"] = "cosmos",
        ["bias"] = "bias",
        ["andes"] = "andes",
    };

    /// <summary>Word beginnings after which R1 starts directly (they would otherwise be over-stemmed).</summary>
    private static readonly string[] R1Prefixes = ["univers", "commun", "arsen", "emerg", "gener", "inter", "later", "organ", "past"];

    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (SpecialWords.TryGetValue(word, out var special))
        {
            return special;
        }

        if (word.Length < 3)
        {
            return word;
        }

        Span<char> storage = word.Length + 2 <= StackLimit ? stackalloc char[word.Length + 2] : new char[word.Length + 2];
        var buffer = new StemBuffer(storage, word);
        Prelude(ref buffer);
        var (r1, r2) = MarkRegions(buffer);
        Step1a(ref buffer);
        Step1b(ref buffer, r1);
        Step1c(ref buffer);
        Step2(ref buffer, r1);
        Step3(ref buffer, r1, r2);
        Step4(ref buffer, r2);
        Step5(ref buffer, r1, r2);
        Postlude(ref buffer);
        return buffer.ToString(word);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool ContainsVowel(ReadOnlySpan<char> text) => text.IndexOfAny("aeiouy") >= 0;

    /// <summary>Removes an initial apostrophe and marks consonant <c>y</c> (initial, or after a vowel) as <c>Y</c>.</summary>
    private static void Prelude(ref StemBuffer buffer)
    {
        if (buffer[0] == '\'')
        {
            buffer.RemoveFirst();
        }

        for (var i = 0; i < buffer.Length; i++)
        {
            if (buffer[i] == 'y' && (i == 0 || IsVowel(buffer[i - 1])))
            {
                buffer[i] = 'Y';
            }
        }
    }

    /// <summary>
    /// R1 is the region after the first non-vowel following a vowel (or after one of <see cref="R1Prefixes"/>);
    /// R2 is the region after the first non-vowel following a vowel in R1.
    /// </summary>
    private static (int R1, int R2) MarkRegions(StemBuffer buffer)
    {
        var word = buffer.Chars;
        var r1 = -1;
        foreach (var prefix in R1Prefixes)
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal))
            {
                r1 = prefix.Length;
                break;
            }
        }

        if (r1 < 0)
        {
            r1 = SnowballRegions.SkipVowelThenNonVowel(word, 0, IsVowel);
            if (r1 < 0)
            {
                return (word.Length, word.Length);
            }
        }

        var r2 = SnowballRegions.SkipVowelThenNonVowel(word, r1, IsVowel);
        return (r1, r2 < 0 ? word.Length : r2);
    }


    /// <summary>
    /// Whether the text before <paramref name="end"/> ends in a short syllable: non-vowel, vowel, then a non-vowel
    /// other than <c>w</c>, <c>x</c>, <c>Y</c>; or vowel then non-vowel as the whole text; or exactly <c>past</c>.
    /// </summary>
    private static bool EndsWithShortSyllable(StemBuffer buffer, int end)
    {
        if (end >= 3)
        {
            var last = buffer[end - 1];
            return (!IsVowel(last) && last is not ('w' or 'x' or 'Y')
                    && IsVowel(buffer[end - 2]) && !IsVowel(buffer[end - 3]))
                || (end == 4 && buffer.Chars[..4].SequenceEqual("past"));
        }

        return end == 2 && IsVowel(buffer[0]) && !IsVowel(buffer[1]);
    }

    private static void Postlude(ref StemBuffer buffer)
    {
        for (var i = 0; i < buffer.Length; i++)
        {
            if (buffer[i] == 'Y')
            {
                buffer[i] = 'y';
            }
        }
    }
}
