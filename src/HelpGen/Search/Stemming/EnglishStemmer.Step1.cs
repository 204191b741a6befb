namespace HelpGen.Search.Stemming;

/// <summary>Step 1 of the English algorithm: possessives, plurals, <c>-ed</c>/<c>-ing</c> and final <c>y</c>.</summary>
public sealed partial class EnglishStemmer
{
    private static readonly string[] ApostropheSuffixes = ["'s'", "'s", "'"];
    private static readonly string[] Step1aSuffixes = ["sses", "ied", "ies", "us", "ss", "s"];
    private static readonly string[] Step1bSuffixes = ["eedly", "ingly", "edly", "eed", "ing", "ed"];

    /// <summary>Stems before <c>-eed</c> that keep it: <c>proceed</c>, <c>exceed</c>, <c>succeed</c>.</summary>
    private static readonly string[] EedKeepers = ["proc", "exc", "succ"];

    /// <summary>Stems before <c>-ing</c> that keep it: <c>inning</c>, <c>outing</c>, <c>canning</c>, ... <c>evening</c>.</summary>
    private static readonly string[] IngKeepers = ["inn", "out", "cann", "herr", "earr", "even"];

    /// <summary>Step 0 and 1a: remove <c>' 's 's'</c>, then handle <c>sses ied ies s us ss</c>.</summary>
    private static void Step1a(ref StemBuffer buffer)
    {
        var apostrophe = buffer.LongestSuffix(ApostropheSuffixes);
        if (apostrophe is not null)
        {
            buffer.Chop(apostrophe.Length);
        }

        var suffix = buffer.LongestSuffix(Step1aSuffixes);
        var start = buffer.Length - (suffix?.Length ?? 0);
        switch (suffix)
        {
            case "sses":
                buffer.Chop(2);
                break;
            case "ied" or "ies":
                buffer.ReplaceEnd(3, start >= 2 ? "i" : "ie");
                break;
            case "s" when start >= 1 && ContainsVowel(buffer.Chars[..(start - 1)]):
                buffer.Chop(1);
                break;
        }
    }

    /// <summary>Step 1b: <c>eed eedly</c> become <c>ee</c> in R1; <c>ed edly ing ingly</c> go after a vowel.</summary>
    private static void Step1b(ref StemBuffer buffer, int r1)
    {
        var suffix = buffer.LongestSuffix(Step1bSuffixes);
        if (suffix is null)
        {
            return;
        }

        var start = buffer.Length - suffix.Length;
        var stem = buffer.Chars[..start];
        if (suffix is "eed" or "eedly")
        {
            if (!IsOneOf(stem, EedKeepers) && start >= r1)
            {
                buffer.ReplaceEnd(suffix.Length, "ee");
            }

            return;
        }

        if (suffix is "ing" && TryApplyIngException(ref buffer, stem))
        {
            return;
        }

        if (ContainsVowel(stem))
        {
            buffer.Chop(suffix.Length);
            TidyAfterEdOrIng(ref buffer, r1);
        }
    }

    /// <summary>
    /// Handles the <c>-ing</c> exceptions: <c>dying</c> → <c>die</c> (non-vowel + <c>ying</c>), and <c>inning</c>, <c>outing</c>, ...
    /// stay as they are. Returns true when the word was one of them (and is done with step 1b).
    /// </summary>
    private static bool TryApplyIngException(ref StemBuffer buffer, ReadOnlySpan<char> stem)
    {
        if (stem.Length == 2 && stem[1] == 'y' && !IsVowel(stem[0]))
        {
            buffer.ReplaceEnd(4, "ie");
            return true;
        }

        return IsOneOf(stem, IngKeepers);
    }

    /// <summary>After removing <c>-ed</c>/<c>-ing</c>: restore an <c>e</c> (<c>luxuriat</c> → <c>luxuriate</c>, <c>hop</c> → <c>hope</c>) or undouble (<c>hopp</c> → <c>hop</c>).</summary>
    private static void TidyAfterEdOrIng(ref StemBuffer buffer, int r1)
    {
        if (buffer.EndsWith("at") || buffer.EndsWith("bl") || buffer.EndsWith("iz"))
        {
            buffer.Append('e');
        }
        else if (EndsWithDouble(buffer))
        {
            var isAeoPlusDouble = buffer.Length == 3 && buffer[0] is 'a' or 'e' or 'o';
            if (!isAeoPlusDouble)
            {
                buffer.Chop(1);
            }
        }
        else if (buffer.Length == r1 && EndsWithShortSyllable(buffer, buffer.Length))
        {
            buffer.Append('e');
        }
    }

    /// <summary>Step 1c: final <c>y</c>/<c>Y</c> after a non-vowel that is not the first letter becomes <c>i</c>.</summary>
    private static void Step1c(ref StemBuffer buffer)
    {
        var length = buffer.Length;
        if (length >= 3 && buffer.Last is 'y' or 'Y' && !IsVowel(buffer[length - 2]))
        {
            buffer[length - 1] = 'i';
        }
    }

    /// <summary>Ends in one of <c>bb dd ff gg mm nn pp rr tt</c>.</summary>
    private static bool EndsWithDouble(StemBuffer buffer)
    {
        var length = buffer.Length;
        return length >= 2 && buffer[length - 1] == buffer[length - 2]
            && buffer[length - 1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't';
    }

    private static bool IsOneOf(ReadOnlySpan<char> text, string[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (text.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }
}
