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

    [Fact]
    public void Normalize_FastPathAgreesWithIcuForEveryStableCharacter()
    {
        var stable = Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(TextNormalizer.IsStableChar).ToList();

        Assert.InRange(stable.Count, 400, 500);
        Assert.All(stable, c => Assert.Equal(TextNormalizer.NormalizeSlow(c.ToString()), TextNormalizer.Normalize(c.ToString())));
    }

    [Fact]
    public void Normalize_FastPathAgreesWithIcuOnRandomText()
    {
        var alphabet = "aZß ẞёЁйЙüÜ-'’«»„“\u2013.,\u00A0ﬁ\u0308Ǆ№İ\u2026".ToCharArray();
        var random = new Random(9);
        for (var n = 0; n < 2000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            Assert.Equal(TextNormalizer.NormalizeSlow(text), TextNormalizer.Normalize(text));
        }
    }

    [Fact]
    public void Normalize_OfASpan_AgreesWithIcu_WithAndWithoutAnAsciiStart()
    {
        // The span form lower-cases the ASCII start with vector instructions and the rest through a table.
        var alphabet = "aZß ẞёЁйЙüÜ-'’«»„“\u2013.,\u00A0ﬁ\u0308Ǆ№İ\u2026".ToCharArray();
        var random = new Random(11);
        char[]? buffer = null;
        for (var n = 0; n < 2000; n++)
        {
            var start = new string(Enumerable.Range(0, random.Next(0, 70)).Select(_ => (char)random.Next(0, 128)).ToArray());
            var text = start + new string(Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            Assert.Equal(TextNormalizer.NormalizeSlow(text), TextNormalizer.Normalize(text.AsSpan(), ref buffer).ToString());
        }
    }

    [Theory]
    [InlineData("plain ascii", true)]
    [InlineData("Straße ёлка", true)]
    [InlineData("non\u00A0breaking", false)]
    [InlineData("\uFB01le", false)]
    [InlineData("Ru\u0308cksendung", false)]
    public void IsStable_TellsWhenIcuIsNeeded(string text, bool stable)
    {
        Assert.Equal(stable, TextNormalizer.IsStable(text));
    }
}
