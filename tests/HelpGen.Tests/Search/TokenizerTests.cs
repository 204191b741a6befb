using System.Globalization;
using HelpGen.Search;

namespace HelpGen.Tests.Search;

public sealed class TokenizerTests
{
    [Fact]
    public void Tokenize_SplitsOnPunctuationAndLowerCases()
    {
        Assert.Equal(["reset", "your", "password", "now"], Tokenizer.Tokenize("Reset your **password**, now!"));
    }

    [Fact]
    public void Tokenize_JoinsApostrophesInsideWords()
    {
        Assert.Equal(["cant", "sign", "in", "members"], Tokenizer.Tokenize("Can't sign in (members')"));
    }

    [Fact]
    public void Tokenize_HyphenatedWord_YieldsPartsAndJoinedForm()
    {
        Assert.Equal(["mail", "email", "zwei", "faktor", "code", "zweifaktorcode"], Tokenizer.Tokenize("E-Mail Zwei-Faktor-Code"));
    }

    [Fact]
    public void Tokenize_SkipsOneLetterWordsButKeepsDigits()
    {
        Assert.Equal(["step", "2", "of", "5"], Tokenizer.Tokenize("a Step 2 of 5 — I"));
    }

    [Fact]
    public void Tokenize_KeepsCyrillicAndUmlautsNormalized()
    {
        Assert.Equal(["забыл", "пароль", "еще", "rücksendung", "strasse"], Tokenizer.Tokenize("Забыл пароль ещё? Rücksendung, Straße"));
    }

    [Fact]
    public void Tokenize_CutsVeryLongWords()
    {
        var word = new string('x', 100);

        Assert.Equal(Tokenizer.MaxWordLength, Assert.Single(Tokenizer.Tokenize(word)).Length);
    }

    [Fact]
    public void IsWordChar_FastRanges_AgreeWithTheUnicodeCategoryRuleForEveryCharacter()
    {
        static bool ByCategory(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

        var disagreeing = Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(c => Tokenizer.IsWordChar(c) != ByCategory(c)).ToList();

        Assert.Empty(disagreeing);
    }

    [Fact]
    public void QuotedText_FindsEachKindOfQuotationAndSkipsUnclosedOnes()
    {
        var runs = QuotedText.Split("Type \u201Creset\u201D, then «Пароль» or „Paket“ and \"code\" but not \"open or « spaced».").ToList();

        Assert.Equal(["reset", "Пароль", "Paket", "code"], runs.Where(r => r.Quoted).Select(r => r.Text));
        Assert.Equal(" but not \"open or « spaced».", runs[^1].Text);
    }
}
