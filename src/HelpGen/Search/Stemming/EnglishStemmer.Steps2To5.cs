namespace HelpGen.Search.Stemming;

/// <summary>Steps 2 to 5 of the English algorithm: derivational suffixes in R1 and R2, then final <c>e</c> and <c>ll</c>.</summary>
public sealed partial class EnglishStemmer
{
    private static readonly string[] Step2Suffixes =
    [
        "ational", "fulness", "iveness", "ization", "ousness", "biliti", "lessli", "tional",
        "alism", "aliti", "ation", "entli", "fulli", "iviti", "ogist", "ousli",
        "abli", "alli", "anci", "enci", "izer", "ator", "bli", "ogi", "li",
    ];

    private static readonly string[] Step3Suffixes = ["ational", "tional", "alize", "icate", "iciti", "ative", "ical", "ness", "ful"];

    private static readonly string[] Step4Suffixes =
    [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism",
        "ate", "iti", "ous", "ive", "ize", "ion", "al", "er", "ic",
    ];

    /// <summary>Step 2: the longest suffix, if in R1, is replaced (<c>ational</c> → <c>ate</c>, <c>li</c> → nothing, ...).</summary>
    private static void Step2(ref StemBuffer buffer, int r1)
    {
        var suffix = buffer.LongestSuffix(Step2Suffixes);
        var start = buffer.Length - (suffix?.Length ?? 0);
        if (suffix is null || start < r1)
        {
            return;
        }

        var replacement = suffix switch
        {
            "tional" => "tion",
            "enci" => "ence",
            "anci" => "ance",
            "abli" => "able",
            "entli" => "ent",
            "izer" or "ization" => "ize",
            "ational" or "ation" or "ator" => "ate",
            "alism" or "aliti" or "alli" => "al",
            "fulness" or "fulli" => "ful",
            "ousli" or "ousness" => "ous",
            "iveness" or "iviti" => "ive",
            "biliti" or "bli" => "ble",
            "ogist" => "og",
            "ogi" when buffer.Before(start) == 'l' => "og",
            "lessli" => "less",
            "li" when IsValidLiEnding(buffer.Before(start)) => string.Empty,
            _ => null,
        };
        if (replacement is not null)
        {
            buffer.ReplaceEnd(suffix.Length, replacement);
        }
    }

    /// <summary>Step 3: the longest suffix, if in R1, is replaced; <c>ative</c> only goes when in R2.</summary>
    private static void Step3(ref StemBuffer buffer, int r1, int r2)
    {
        var suffix = buffer.LongestSuffix(Step3Suffixes);
        var start = buffer.Length - (suffix?.Length ?? 0);
        if (suffix is null || start < r1)
        {
            return;
        }

        var replacement = suffix switch
        {
            "tional" => "tion",
            "ational" => "ate",
            "alize" => "al",
            "icate" or "iciti" or "ical" => "ic",
            "ful" or "ness" => string.Empty,
            "ative" when start >= r2 => string.Empty,
            _ => null,
        };
        if (replacement is not null)
        {
            buffer.ReplaceEnd(suffix.Length, replacement);
        }
    }

    /// <summary>Step 4: the longest suffix, if in R2, is deleted; <c>ion</c> only after <c>s</c> or <c>t</c>.</summary>
    private static void Step4(ref StemBuffer buffer, int r2)
    {
        var suffix = buffer.LongestSuffix(Step4Suffixes);
        var start = buffer.Length - (suffix?.Length ?? 0);
        if (suffix is null || start < r2)
        {
            return;
        }

        if (suffix != "ion" || buffer.Before(start) is 's' or 't')
        {
            buffer.Chop(suffix.Length);
        }
    }

    /// <summary>Step 5: final <c>e</c> goes in R2, or in R1 unless after a short syllable; final <c>ll</c> loses an <c>l</c> in R2.</summary>
    private static void Step5(ref StemBuffer buffer, int r1, int r2)
    {
        var start = buffer.Length - 1;
        if (start < 0)
        {
            return;
        }

        var remove = buffer.Last switch
        {
            'e' => start >= r2 || (start >= r1 && !EndsWithShortSyllable(buffer, start)),
            'l' => start >= r2 && buffer.Before(start) == 'l',
            _ => false,
        };
        if (remove)
        {
            buffer.Chop(1);
        }
    }

    private static bool IsValidLiEnding(char c) => c is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't';
}
