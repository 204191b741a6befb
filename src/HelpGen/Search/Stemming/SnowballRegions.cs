namespace HelpGen.Search.Stemming;

/// <summary>The region rule shared by the Snowball algorithms: R1 and R2 start after a vowel followed by a non-vowel.</summary>
internal static class SnowballRegions
{
    /// <summary>
    /// Position just after the first non-vowel that follows a vowel, searching from <paramref name="start"/>; -1 if none.
    /// <paramref name="isVowel"/> is the language's vowel set.
    /// </summary>
    public static int SkipVowelThenNonVowel(ReadOnlySpan<char> word, int start, Func<char, bool> isVowel)
    {
        var i = start;
        while (i < word.Length && !isVowel(word[i]))
        {
            i++;
        }

        while (i < word.Length && isVowel(word[i]))
        {
            i++;
        }

        return i < word.Length ? i + 1 : -1;
    }
}
