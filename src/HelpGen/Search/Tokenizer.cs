using System.Globalization;
using System.Text;

namespace HelpGen.Search;

/// <summary>
/// Splits text into normalized words (see <see cref="TextNormalizer"/>), the same way <c>search.js</c> splits queries.
/// A word is a run of letters, digits and combining marks. Apostrophes inside a word are dropped
/// ("can't" → "cant"); a hyphenated word yields its parts and the joined form ("e-mail" → "e", "mail", "email").
/// One-letter words are skipped (digits are kept), and words are cut at <see cref="MaxWordLength"/> characters.
/// </summary>
public static class Tokenizer
{
    public const int MaxWordLength = 40;

    /// <summary>The words of a text, in order.</summary>
    public static IReadOnlyList<string> Tokenize(string text)
    {
        var words = new List<string>();
        var normalized = TextNormalizer.Normalize(text);
        var word = new StringBuilder();
        var compound = new StringBuilder();
        var parts = 0;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var c = i < normalized.Length ? normalized[i] : ' ';
            if (IsWordChar(c))
            {
                word.Append(c);
                continue;
            }

            var joinsNext = word.Length > 0 && i + 1 < normalized.Length && IsWordChar(normalized[i + 1]);
            if (joinsNext && IsApostrophe(c))
            {
                continue;
            }

            if (word.Length > 0)
            {
                Add(words, word.ToString());
                compound.Append(word);
                parts++;
                word.Clear();
            }

            if (joinsNext && IsHyphen(c))
            {
                continue;
            }

            if (parts > 1)
            {
                Add(words, compound.ToString());
            }

            compound.Clear();
            parts = 0;
        }

        return words;
    }

    internal static bool IsWordChar(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
        _ => false,
    };

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static void Add(List<string> words, string word)
    {
        if (word.Length == 1 && !char.IsDigit(word[0]))
        {
            return;
        }

        words.Add(word.Length > MaxWordLength ? word[..MaxWordLength] : word);
    }
}
