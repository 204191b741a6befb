using HelpGen.Search;

namespace HelpGen.Tests.Search;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Passwort", "passwort")]
    [InlineData("ЁЛКА", "елка")]
    [InlineData("Straße", "strasse")]
    [InlineData("STRAẞE", "strasse")]
    [InlineData("ﬁle", "file")]
    [InlineData("Ｐａｓｓ", "pass")]
    [InlineData("Rücksendung", "rücksendung")]
    public void Normalize_AppliesNfkcLowerCaseYoAndSharpS(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input));
    }

    [Fact]
    public void Normalize_ComposesDecomposedUmlauts()
    {
        var decomposed = "Ru\u0308cksendung";

        Assert.Equal("rücksendung", TextNormalizer.Normalize(decomposed));
    }

    [Theory]
    [InlineData("rücksendung", "rucksendung")]
    [InlineData("ruecksendung", "rucksendung")]
    [InlineData("rucksendung", "rucksendung")]
    [InlineData("größe", "grosse")]
    [InlineData("café", "cafe")]
    [InlineData("новый", "новыи")]
    [InlineData("пароль", "пароль")]
    public void Fold_RemovesAccentsAndGermanVowelSpellings(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Fold(TextNormalizer.Normalize(input)));
    }
}
