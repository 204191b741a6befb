using HelpGen.Search.Stemming;

namespace HelpGen.Tests.Search.Stemming;

/// <summary>Readable examples of what stemming buys the help center's search.</summary>
public sealed class StemmerExampleTests
{
    [Fact]
    public void Stem_RussianCasesOfPassword_ShareOneStem()
    {
        var stemmer = new RussianStemmer();

        Assert.Equal("парол", stemmer.Stem("пароль"));
        Assert.Equal("парол", stemmer.Stem("пароля"));
        Assert.Equal("парол", stemmer.Stem("паролем"));
    }

    [Fact]
    public void Stem_RussianWordWithYo_StemsLikeTheSpellingWithE()
    {
        var stemmer = new RussianStemmer();

        Assert.Equal(stemmer.Stem("ещё"), stemmer.Stem("еще"));
        Assert.Equal("актер", stemmer.Stem("актёр"));
    }

    [Fact]
    public void Stem_GermanSingularAndPluralOfReturn_ShareOneStem()
    {
        var stemmer = new GermanStemmer();

        Assert.Equal("rucksend", stemmer.Stem("rücksendung"));
        Assert.Equal("rucksend", stemmer.Stem("rücksendungen"));
    }

    [Fact]
    public void Stem_GermanSpellingsWithoutUmlautOrEszett_MeetTheirUsualSpelling()
    {
        var stemmer = new GermanStemmer();

        Assert.Equal(stemmer.Stem("rücksendung"), stemmer.Stem("ruecksendung"));
        Assert.Equal(stemmer.Stem("straße"), stemmer.Stem("strasse"));
    }

    [Fact]
    public void Stem_EnglishFormsOfReturn_ShareOneStem()
    {
        var stemmer = new EnglishStemmer();

        Assert.Equal("return", stemmer.Stem("return"));
        Assert.Equal("return", stemmer.Stem("returns"));
        Assert.Equal("return", stemmer.Stem("returning"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    public void Stem_EmptyOrOneLetterWord_ReturnsItUnchanged(string word)
    {
        Assert.Equal(word, new EnglishStemmer().Stem(word));
        Assert.Equal(word, new GermanStemmer().Stem(word));
        Assert.Equal(word, new RussianStemmer().Stem(word));
    }

    [Fact]
    public void Stem_WordsLongerThanTheStackBuffer_AreStemmedLikeShortOnes()
    {
        var consonants = new string('x', 300);

        Assert.Equal(consonants + "ation", new EnglishStemmer().Stem(consonants + "ations"));
        Assert.Equal(consonants + "rucksend", new GermanStemmer().Stem(consonants + "rücksendungen"));
        Assert.Equal(new string('б', 300) + "парол", new RussianStemmer().Stem(new string('б', 300) + "паролями"));
    }
}
