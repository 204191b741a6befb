namespace HelpGen.Search.Stemming;

/// <summary>Steps 1 to 3 of the German algorithm: inflectional endings, then derivational suffixes.</summary>
public sealed partial class GermanStemmer
{
    private static readonly string[] Step1Suffixes = ["erinnen", "erin", "ern", "lns", "em", "er", "en", "es", "ln", "e", "s"];
    private static readonly string[] Step2Suffixes = ["est", "en", "er", "st", "et"];
    private static readonly string[] Step3Suffixes = ["isch", "lich", "heit", "keit", "end", "ung", "ig", "ik"];

    /// <summary>
    /// Endings before <c>-et</c> that keep it, because there <c>et</c> is part of the word (<c>internet</c>, <c>planet</c>,
    /// <c>ticket</c>, <c>treten</c>) or removing it would split a family (<c>untergeordnet</c>/<c>untergeordnetere</c>).
    /// </summary>
    private static readonly string[] EtExceptions = ["geordn", "intern", "plan", "tick", "tr"];

    /// <summary>Letters after which <c>s</c> is a removable ending.</summary>
    private static bool IsSEnding(char c) => c is 'b' or 'd' or 'f' or 'g' or 'h' or 'k' or 'l' or 'm' or 'n' or 'r' or 't';

    /// <summary>Letters after which <c>st</c> is a removable ending: the s-endings without <c>r</c>.</summary>
    private static bool IsStEnding(char c) => c != 'r' && IsSEnding(c);

    /// <summary>Letters after which <c>et</c> is a removable ending.</summary>
    private static bool IsEtEnding(char c) => c is 'd' or 'f' or 'g' or 'k' or 'l' or 'm' or 'n' or 'r' or 's' or 't' or 'U' or 'z' or 'ä';

    /// <summary>Step 1: the longest of <c>em ern er erin erinnen / e en es / s / ln lns</c>, if in R1.</summary>
    private static void Step1(ref StemBuffer buffer, int r1)
    {
        var suffix = buffer.LongestSuffix(Step1Suffixes);
        var start = buffer.Length - (suffix?.Length ?? 0);
        if (suffix is null || start < r1)
        {
            return;
        }

        switch (suffix)
        {
            case "em" when !buffer.EndsWithAt(start, "syst"):
            case "ern" or "er" or "erin" or "erinnen":
                buffer.Chop(suffix.Length);
                break;
            case "e" or "en" or "es":
                buffer.Chop(suffix.Length);
                if (buffer.EndsWith("niss"))
                {
                    buffer.Chop(1);
                }

                break;
            case "s" when IsSEnding(buffer.Before(start)):
                buffer.Chop(1);
                break;
            case "ln" or "lns":
                buffer.ReplaceEnd(suffix.Length, "l");
                break;
        }
    }

    /// <summary>Step 2: the longest of <c>en er est / st / et</c>, if in R1.</summary>
    private static void Step2(ref StemBuffer buffer, int r1)
    {
        var suffix = buffer.LongestSuffix(Step2Suffixes);
        var start = buffer.Length - (suffix?.Length ?? 0);
        if (suffix is null || start < r1)
        {
            return;
        }

        var remove = suffix switch
        {
            "en" or "er" or "est" => true,
            "st" => IsStEnding(buffer.Before(start)) && start - 1 >= 3,
            _ => IsEtEnding(buffer.Before(start)) && !EndsWithAny(buffer, start, EtExceptions),
        };
        if (remove)
        {
            buffer.Chop(suffix.Length);
        }
    }

    /// <summary>Step 3: derivational suffixes <c>end ung / ig ik isch / lich heit / keit</c>, if in R2.</summary>
    private static void Step3(ref StemBuffer buffer, int r1, int r2)
    {
        var suffix = buffer.LongestSuffix(Step3Suffixes);
        var start = buffer.Length - (suffix?.Length ?? 0);
        if (suffix is null || start < r2)
        {
            return;
        }

        switch (suffix)
        {
            case "end" or "ung":
                buffer.Chop(suffix.Length);
                if (buffer.EndsWith("ig") && buffer.Before(start - 2) != 'e' && start - 2 >= r2)
                {
                    buffer.Chop(2);
                }

                break;
            case "ig" or "ik" or "isch" when buffer.Before(start) != 'e':
                buffer.Chop(suffix.Length);
                break;
            case "lich" or "heit":
                buffer.Chop(suffix.Length);
                if ((buffer.EndsWith("er") || buffer.EndsWith("en")) && start - 2 >= r1)
                {
                    buffer.Chop(2);
                }

                break;
            case "keit":
                buffer.Chop(suffix.Length);
                RemoveAfterKeit(ref buffer, r2);
                break;
        }
    }

    /// <summary>After <c>keit</c>: remove a preceding <c>lich</c> or <c>ig</c> when it is in R2.</summary>
    private static void RemoveAfterKeit(ref StemBuffer buffer, int r2)
    {
        var inner = buffer.EndsWith("lich") ? 4 : buffer.EndsWith("ig") ? 2 : 0;
        if (inner > 0 && buffer.Length - inner >= r2)
        {
            buffer.Chop(inner);
        }
    }

    private static bool EndsWithAny(StemBuffer buffer, int end, string[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (buffer.EndsWithAt(end, candidate))
            {
                return true;
            }
        }

        return false;
    }
}
