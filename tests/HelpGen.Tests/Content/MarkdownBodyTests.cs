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

    private static SourceArticle Load(TempSite site, bool keepText)
    {
        var bag = new DiagnosticBag();
        var config = SiteConfigLoader.Load(site.Source, bag)!;
        var content = ContentLoader.Load(site.Source, config, bag, keepText: keepText);
        Assert.Empty(bag.Sorted);
        return Assert.Single(content.Articles);
    }
}
