using HelpGen.Search.Stemming;

namespace HelpGen.Tests.Search.Stemming;

/// <summary>Choosing a stemmer by site language.</summary>
public sealed class StemmersTests
{
    [Theory]
    [InlineData("en", typeof(EnglishStemmer))]
    [InlineData("de", typeof(GermanStemmer))]
    [InlineData("ru", typeof(RussianStemmer))]
    [InlineData("RU", typeof(RussianStemmer))]
    [InlineData("de-CH", typeof(GermanStemmer))]
    public void For_SupportedLanguage_ReturnsItsStemmer(string language, Type expected)
    {
        var stemmer = Stemmers.For(language);

        Assert.IsType(expected, stemmer);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("kk")]
    [InlineData("")]
    [InlineData("english")]
    public void For_LanguageWithoutStemmer_ReturnsNull(string language)
    {
        Assert.Null(Stemmers.For(language));
    }

    [Fact]
    public void For_SameLanguageTwice_ReturnsTheSameSharedInstance()
    {
        Assert.Same(Stemmers.For("de"), Stemmers.For("de"));
    }
}
