using HelpGen.Markdown;

namespace HelpGen.Tests.Markdown;

public sealed class PlainTextTests
{
    [Fact]
    public void IsWhiteSpace_AgreesWithCharIsWhiteSpaceForEveryCharacter()
    {
        var disagreeing = Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(c => PlainText.IsWhiteSpace(c) != char.IsWhiteSpace(c)).ToList();

        Assert.Empty(disagreeing);
    }

    [Fact]
    public void Sections_CollapseEveryRunOfWhiteSpaceToOneSpace()
    {
        var document = Markdig.Markdown.Parse("Line one\u00A0\u00A0and\ttab  \n  line two\u2003end.\n\n# Next\n\nMore   words.", MarkdownParser.Pipeline);

        var sections = PlainText.Sections(document);

        Assert.Equal("Line one and tab line two end.", sections[0].Text);
        Assert.Equal("More words.", sections[^1].Text);
    }
}
