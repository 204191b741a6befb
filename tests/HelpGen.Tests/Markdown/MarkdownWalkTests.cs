using HelpGen.Markdown;
using HelpGen.Tests.TestSupport;
using Markdig.Syntax;

namespace HelpGen.Tests.Markdown;

public sealed class MarkdownWalkTests
{
    public static TheoryData<string> Documents => new()
    {
        "",
        "plain paragraph",
        "# Title {#top}\n\nText with *emphasis **strong [link](a.md) `code`** end* and <span>html</span>.\n",
        "- one\n  - two [x](y.md)\n    > quote with ![img](assets/i.png)\n\n1. first\n2. second\n",
        "| a | b |\n|---|---|\n| [c](c.md) | *d* |\n\n```\ncode block\n```\n\n<div><a href=\"z.md\">z</a></div>\n",
        "> [!NOTE]\n> alert with <https://example.org> and footnote[^1]\n\n[^1]: the note [f](f.md)\n",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Descendants_AreMarkdigsInTheSameOrder(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, MarkdownParser.Pipeline);

        Assert.Equal(document.Descendants().ToList(), MarkdownWalk.Descendants(document));
    }

    [Fact]
    public void Descendants_OfEveryRealArticle_AreMarkdigsInTheSameOrder()
    {
        var files = Directory.EnumerateFiles(RepoRoot.Articles, "*.md", SearchOption.AllDirectories).ToList();
        Assert.True(files.Count > 50);
        foreach (var file in files)
        {
            var document = Markdig.Markdown.Parse(File.ReadAllText(file), MarkdownParser.Pipeline);
            var expected = document.Descendants().ToList();
            Assert.True(expected.Count > 10, file);
            Assert.Equal(expected, MarkdownWalk.Descendants(document));
        }
    }
}
