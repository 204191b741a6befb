using HelpGen.Building;
using HelpGen.Configuration;
using HelpGen.Content;
using HelpGen.Diagnostics;
using HelpGen.Markdown;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Content;

/// <summary>A build into a folder reads each body again when it parses it, instead of holding every body from loading on.</summary>
public sealed class MarkdownBodyTests
{
    private const string Files = "-- en/faq/a.md --\n---\ntitle: A\n---\r\n## Step\nBody with ß and ё.\n";

    [Fact]
    public void Load_WithoutText_ReadsTheSameBodyFromDisk()
    {
        using var site = TempSite.Create(Files);
        var kept = Load(site, keepText: true);
        var read = Load(site, keepText: false);

        Assert.Equal("## Step\nBody with ß and ё.\n", kept.Markdown);
        Assert.Equal(kept.Markdown, read.Markdown);
        Assert.Equal(kept.BodyLine, read.BodyLine);
    }

    [Fact]
    public void Read_AfterAnEditOfTheSameLength_ThrowsContentChanged()
    {
        using var site = TempSite.Create(Files);
        var source = Load(site, keepText: false);
        site.Write("en/faq/a.md", "---\ntitle: A\n---\nA body of exactly the size\n");
        File.SetLastWriteTimeUtc(site.Path("en/faq/a.md"), DateTime.UtcNow.AddMinutes(1));

        Assert.Throws<ContentChangedException>(() => source.Markdown);
    }

    [Fact]
    public void Parse_OfAFileThatVanished_IsOneHG1017AndAnEmptyBody()
    {
        using var site = TempSite.Create(Files);
        var source = Load(site, keepText: false);
        File.Delete(site.Path("en/faq/a.md"));
        var bag = new DiagnosticBag();

        var parsed = MarkdownGuard.Parse(MarkdownParser.Parse, source, bag);

        var error = Assert.Single(bag.Sorted);
        Assert.Equal(DiagnosticCodes.UnreadableFile, error.Code);
        Assert.Contains("changed or vanished", error.Message);
        Assert.Empty(parsed.Text);
    }

    [Fact]
    public void Build_IntoAFolder_WritesTheSamePagesAsABuildInMemory()
    {
        using var site = TempSite.Create(Files + "-- en/faq/b.md --\n---\ntitle: B\n---\nSee [A](a.md) and <a href=\"a.md\">raw</a>.\n");
        var options = new BuildOptions(site.Source);
        var memory = new SiteBuilder().Build(options);
        var folder = Path.Combine(site.Root, "out");

        var result = new SiteBuilder().Build(options, folder);

        Assert.Empty(result.Diagnostics);
        Assert.All(memory.Output!.Files, file => Assert.Equal(file.Content, File.ReadAllBytes(Path.Combine(folder, file.Path))));
    }

    [Fact]
    public void Load_WithoutText_OfAFileWithByteOrderMarkAndCrLf_GivesTheSameArticleAsWithText()
    {
        using var site = TempSite.Create("-- en/faq/ok.md --\n---\ntitle: Ok\n---\nOk.\n");
        site.WriteBytes("en/faq/ok.md", [0xEF, 0xBB, 0xBF, .. "---\r\ntitle: Übung\r\ntags: [a, b]\r\n---\r\n## Schritt\r\nText\rmehr\r\n"u8]);

        var kept = Load(site, keepText: true);
        var read = Load(site, keepText: false);

        Assert.Equal("Übung", read.FrontMatter.Title);
        Assert.Equal(["a", "b"], read.FrontMatter.Tags);
        Assert.Equal("## Schritt\nText\nmehr\n", read.Markdown);
        Assert.Equal((kept.Markdown, kept.BodyLine, kept.FrontMatter.Title), (read.Markdown, read.BodyLine, read.FrontMatter.Title));
    }

    [Theory]
    [InlineData(new byte[] { 0x2D, 0x2D, 0x2D, 0x0A, 0x74, 0x69, 0x74, 0x6C, 0x65, 0x3A, 0x20, 0x41, 0x0A, 0x2D, 0x2D, 0x2D, 0x0A, 0x42, 0xE9, 0x0A }, DiagnosticCodes.InvalidUtf8)]
    [InlineData(new byte[] { 0x20, 0x0A, 0x0A }, DiagnosticCodes.EmptyFile)]
    [InlineData(new byte[] { 0x74, 0x69, 0x74, 0x6C, 0x65, 0x3A, 0x20, 0x41, 0x0A }, DiagnosticCodes.FrontMatterMissingTitle)]
    public void Load_WithoutText_OfABadFile_ReportsItAndSkipsIt(byte[] bytes, string code)
    {
        // The first case is invalid UTF-8 in the body, which a build only decodes in full when it parses it.
        using var site = TempSite.Create("-- en/faq/ok.md --\n---\ntitle: Ok\n---\nOk.\n");
        site.WriteBytes("en/faq/bad.md", bytes);
        var bag = new DiagnosticBag();

        var content = ContentLoader.Load(site.Source, SiteConfigLoader.Load(site.Source, bag)!, bag, keepText: false);

        Assert.Equal("Ok", Assert.Single(content.Articles).FrontMatter.Title);
        var error = Assert.Single(bag.Sorted);
        Assert.Equal(code, error.Code);
        Assert.EndsWith("bad.md", error.File);
    }

    private static SourceArticle Load(TempSite site, bool keepText)
    {
        var bag = new DiagnosticBag();
        var config = SiteConfigLoader.Load(site.Source, bag)!;
        var content = ContentLoader.Load(site.Source, config, bag, keepText: keepText);
        Assert.Empty(bag.Sorted);
        return Assert.Single(content.Articles);
    }
}
