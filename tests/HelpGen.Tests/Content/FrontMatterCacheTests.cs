using System.Text.Json;
using HelpGen.Configuration;
using HelpGen.Content;
using HelpGen.Diagnostics;
using HelpGen.Output;
using HelpGen.Tests.Preview;

namespace HelpGen.Tests.Content;

/// <summary>Front matter kept between builds gives exactly what reading the files gives, and only for the same bytes.</summary>
public sealed class FrontMatterCacheTests
{
    [Fact]
    public void Load_WithTheCacheOfAnEarlierLoad_GivesWhatReadingGives_AndReadsOnlyTheEditedFile()
    {
        using var fixture = new PreviewFixture();
        var cacheFile = Path.Combine(fixture.Root, "frontmatter.bin");
        var (first, firstCache) = Load(fixture, cacheFile);
        firstCache.Save();

        var (second, secondCache) = Load(fixture, cacheFile);
        var (firstShapes, secondShapes) = (first.Articles.Select(Shape).ToList(), second.Articles.Select(Shape).ToList());
        fixture.Edit("en/faq/contact.md", "title: Contact us", "title: Write to us");
        var (third, thirdCache) = Load(fixture, cacheFile);

        Assert.Equal(0, firstCache.Hits);
        Assert.Equal(first.Articles.Count, secondCache.Hits);
        Assert.Equal(first.Articles.Count - 1, thirdCache.Hits);
        Assert.Equal(firstShapes, secondShapes);
        Assert.Equal(Fresh(fixture).Articles.Select(Shape), third.Articles.Select(Shape));
        Assert.Equal("Write to us", third.Articles.Single(a => a.FullPath.EndsWith("contact.md", StringComparison.Ordinal)).FrontMatter.Title);
    }

    [Fact]
    public void Load_KeepsNoReadWithDiagnostics_SoTheNextLoadReportsItsWarningAgain()
    {
        using var fixture = new PreviewFixture();
        fixture.Edit("en/faq/contact.md", "title: Contact us", "title: Contact us\ncolour: blue");
        var cacheFile = Path.Combine(fixture.Root, "frontmatter.bin");
        var (_, cache) = Load(fixture, cacheFile);
        cache.Save();

        var bag = new DiagnosticBag(DiagnosticStage.Content);
        var (again, againCache) = Load(fixture, cacheFile, bag);

        Assert.Contains(bag.Sorted, d => d.Code == DiagnosticCodes.FrontMatterInvalidValue && d.File!.EndsWith("contact.md", StringComparison.Ordinal));
        Assert.Equal(again.Articles.Count - 1, againCache.Hits);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbage")]
    [InlineData("other build")]
    public void Open_OfADamagedOrForeignFile_IsEmpty_AndLoadReadsEveryFile(string damage)
    {
        using var fixture = new PreviewFixture();
        var cacheFile = Path.Combine(fixture.Root, "frontmatter.bin");
        var (_, cache) = Load(fixture, cacheFile);
        cache.Save();
        var bytes = File.ReadAllBytes(cacheFile);
        var key = damage == "other build" ? "another helpgen build" : BuildCache.BuildId;
        if (damage == "truncated") File.WriteAllBytes(cacheFile, bytes[..(bytes.Length / 2)]);
        if (damage == "garbage") File.WriteAllBytes(cacheFile, [.. bytes[..^9], (byte)(bytes[^9] ^ 0xFF), .. bytes[^8..]]);

        var (loaded, again) = Load(fixture, cacheFile, key: key);

        Assert.Equal(0, again.Hits);
        Assert.Equal(Fresh(fixture).Articles.Select(Shape), loaded.Articles.Select(Shape));
    }

    private static (ContentSet Content, FrontMatterCache Cache) Load(PreviewFixture fixture, string cacheFile, DiagnosticBag? bag = null, string? key = null)
    {
        var inputs = BuildCache.Fingerprint("test", [fixture.Source]);
        var cache = FrontMatterCache.Open(cacheFile, key ?? BuildCache.BuildId, inputs.File);
        var config = SiteConfigLoader.Load(fixture.Source, new DiagnosticBag())!;
        return (ContentLoader.Load(fixture.Source, config, bag ?? new DiagnosticBag(DiagnosticStage.Content), keepText: false, known: cache), cache);
    }

    private static ContentSet Fresh(PreviewFixture fixture) =>
        ContentLoader.Load(fixture.Source, SiteConfigLoader.Load(fixture.Source, new DiagnosticBag())!, new DiagnosticBag(), keepText: false);

    private static string Shape(SourceArticle a) =>
        $"{a.FullPath}|{a.DisplayPath}|{a.Language}|{a.Section}|{a.Slug}|{a.Country}|{JsonSerializer.Serialize(a.FrontMatter)}|{a.BodyLine}|{a.Markdown}";
}
