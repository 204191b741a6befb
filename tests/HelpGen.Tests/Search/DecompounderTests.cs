using HelpGen.Search;

namespace HelpGen.Tests.Search;

public sealed class DecompounderTests
{
    private static readonly HashSet<string> Words = ["rück", "rücksendung", "erstattung", "auszahlung", "termine", "paket", "verfolgung", "sendung", "konto"];

    private static readonly Decompounder Splitter = new(Words.Contains);

    [Theory]
    [InlineData("rückerstattung", "rück erstattung")]
    [InlineData("auszahlungstermine", "auszahlung termine")]
    [InlineData("paketverfolgung", "paket verfolgung")]
    [InlineData("rücksendungskonto", "rück sendung konto")]
    public void Split_CompoundOfKnownWords_YieldsItsParts(string word, string parts)
    {
        Assert.Equal(parts.Split(' '), Splitter.Split(word));
    }

    [Theory]
    [InlineData("erstattung")]
    [InlineData("kontowechsel")]
    [InlineData("paket")]
    [InlineData("xyzerstattung")]
    public void Split_WordThatIsNoCompoundOfKnownWords_YieldsNothing(string word)
    {
        Assert.Empty(Splitter.Split(word));
    }
}
