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

    [Fact]
    public void Intern_GivesOneStringPerWord_ThroughGrowthAndAfterStartingAfresh()
    {
        // On a thread of its own, so the table starts empty: 250,000 distinct words make it grow and start afresh once.
        var failures = new List<string>();
        var thread = new Thread(() =>
        {
            string Word(int i) => $"w{i}x";
            var first = Enumerable.Range(0, 1000).Select(i => Tokenizer.Intern(Word(i))).ToList();
            for (var i = 1000; i < 250_000; i++)
            {
                var word = Tokenizer.Intern(Word(i));
                if (word != Word(i)) failures.Add($"wrong text: {word} for {Word(i)}");
                if (!ReferenceEquals(word, Tokenizer.Intern(Word(i)))) failures.Add($"not shared: {Word(i)}");
                if (i != 150_000) continue;

                // After the table has grown several times, the first words are still the same strings.
                for (var j = 0; j < 1000; j++)
                {
                    if (!ReferenceEquals(first[j], Tokenizer.Intern(Word(j).AsSpan()))) failures.Add($"lost on growing: {Word(j)}");
                }
            }
        });

        thread.Start();
        thread.Join();

        Assert.Empty(failures);
    }
}
