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
    public void Intern_GivesOneNumberPerWord_ThroughGrowthAndAfterStartingAfresh_OnEveryThread()
    {
        // On threads of their own, so each table starts empty: 250,000 distinct words make it grow and start afresh once.
        string Word(int i) => $"w{i}x";
        var failures = new List<string>();
        var numbers = new int[2][];
        var threads = Enumerable.Range(0, 2).Select(t => new Thread(() =>
        {
            var mine = numbers[t] = new int[250_000];
            var found = new List<string>();
            for (var k = 0; k < mine.Length; k++)
            {
                var i = t == 0 ? k : mine.Length - 1 - k;
                mine[i] = Tokenizer.Intern(Word(i));
                if (Vocabulary.Word(mine[i]) != Word(i)) found.Add($"wrong text: {Vocabulary.Word(mine[i])} for {Word(i)}");
                if (Tokenizer.Intern(Word(i).AsSpan()) != mine[i]) found.Add($"not the same number: {Word(i)}");
            }

            // After the table has grown several times and started afresh, the first words still have their numbers.
            for (var i = 0; i < 1000; i++)
            {
                if (Tokenizer.Intern(Word(i)) != mine[i]) found.Add($"lost: {Word(i)}");
            }

            lock (failures) failures.AddRange(found);
        })).ToList();

        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Empty(failures);
        // Both threads, meeting the words in opposite orders, numbered each word the same.
        Assert.Equal(numbers[0], numbers[1]);
        Assert.Equal(250_000, numbers[0].Distinct().Count());
    }

    [Fact]
    public void Tokenize_GivesTheVocabularysStrings_OneStringPerWord()
    {
        var first = Tokenizer.Tokenize("Paket paket PAKET");

        Assert.Equal(["paket", "paket", "paket"], first);
        Assert.Same(first[0], first[2]);
        Assert.Same(first[0], Tokenizer.Tokenize("Pakete und Paket")[2]);
    }
}
