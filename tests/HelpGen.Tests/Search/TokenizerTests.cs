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
}
