namespace HelpGen.Search.Stemming;

/// <summary>
/// The Snowball "russian" stemming algorithm. <c>ё</c> is read as <c>е</c>, as the algorithm specifies.
/// All endings are searched for inside RV only. Stateless and thread-safe.
/// </summary>
public sealed partial class RussianStemmer : IStemmer
{
    private const int StackLimit = 128;

    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 0)
        {
            return word;
        }

        Span<char> storage = word.Length <= StackLimit ? stackalloc char[word.Length] : new char[word.Length];
        var buffer = new StemBuffer(storage, word);
        for (var i = 0; i < buffer.Length; i++)
        {
            if (buffer[i] == 'ё')
            {
                buffer[i] = 'е';
            }
        }

        var (rv, r2) = MarkRegions(buffer);
        Step1(ref buffer, rv);
        Step2(ref buffer, rv);
        Step3(ref buffer, rv, r2);
        Step4(ref buffer, rv);
        return buffer.ToString(word);
    }

    private static bool IsVowel(char c) => c is 'а' or 'е' or 'и' or 'о' or 'у' or 'ы' or 'э' or 'ю' or 'я';

    /// <summary>
    /// RV is the region after the first vowel; R1 the region after the first non-vowel following a vowel;
    /// R2 the region after the first non-vowel following a vowel in R1.
    /// </summary>
    private static (int RV, int R2) MarkRegions(StemBuffer buffer)
    {
        var word = buffer.Chars;
        var rv = word.IndexOfAny("аеиоуыэюя");
        if (rv < 0)
        {
            return (word.Length, word.Length);
        }

        rv++;
        var r1 = word[rv..].IndexOfAnyExcept("аеиоуыэюя");
        if (r1 < 0)
        {
            return (rv, word.Length);
        }

        r1 += rv + 1;
        var r2 = SnowballRegions.SkipVowelThenNonVowel(word, r1, IsVowel);
        return (rv, r2 < 0 ? word.Length : r2);
    }


    /// <summary>Whether the letter before <paramref name="index"/> is <c>а</c> or <c>я</c> and lies inside RV.</summary>
    private static bool FollowsAOrYa(StemBuffer buffer, int index, int rv) =>
        index - 1 >= rv && buffer[index - 1] is 'а' or 'я';

    /// <summary>
    /// Deletes the longest of <paramref name="suffixes"/> found in RV. Endings in <paramref name="afterAOrYa"/>
    /// are deleted only after <c>а</c> or <c>я</c> (inside RV). Returns whether something was deleted.
    /// </summary>
    private static bool DeleteEnding(ref StemBuffer buffer, int rv, string[] suffixes, HashSet<string>? afterAOrYa = null)
    {
        var suffix = buffer.LongestSuffix(suffixes, rv);
        if (suffix is null)
        {
            return false;
        }

        var start = buffer.Length - suffix.Length;
        if (afterAOrYa is not null && afterAOrYa.Contains(suffix) && !FollowsAOrYa(buffer, start, rv))
        {
            return false;
        }

        buffer.Chop(suffix.Length);
        return true;
    }
}
