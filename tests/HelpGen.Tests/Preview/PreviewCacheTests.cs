using HelpGen.Configuration;
using HelpGen.Content;
using HelpGen.Diagnostics;
using HelpGen.Preview;

namespace HelpGen.Tests.Preview;

/// <summary>The caches that make re-running every stage cheap give exactly what a fresh run gives.</summary>
public sealed class PreviewCacheTests
{
    [Fact]
    public void SourceReadCache_ReadsOnlyChangedFilesAndRepeatsTheDiagnosticsOfUnchangedOnes()
    {
        using var fixture = new PreviewFixture();
        fixture.Write("en/faq/broken.md", "---\ntitle: [Broken\n---\nBody.\n");
        var config = SiteConfigLoader.Load(fixture.Source, new DiagnosticBag())!;
        var cache = new SourceReadCache();
        Load(fixture, config, cache.Read);
        var articles = Load(fixture, config, null).Articles.Count;
        cache.Retain(Directory.EnumerateFiles(fixture.Source, "*.md", SearchOption.AllDirectories).ToHashSet(StringComparer.Ordinal));

        var unchanged = new DiagnosticBag(DiagnosticStage.Content);
        var again = ContentLoader.Load(fixture.Source, config, unchanged, reads: cache.Read);
        Assert.Equal(articles + 1, cache.Hits);
        fixture.Edit("en/start/welcome.md", "Welcome to the help center.", "Welcome, again.");
        cache.Retain(Directory.EnumerateFiles(fixture.Source, "*.md", SearchOption.AllDirectories).ToHashSet(StringComparer.Ordinal));
        var edited = new DiagnosticBag(DiagnosticStage.Content);
        var cached = ContentLoader.Load(fixture.Source, config, edited, reads: cache.Read);

        Assert.Equal(articles, cache.Hits);
        var fresh = new DiagnosticBag();
        var expected = ContentLoader.Load(fixture.Source, config, fresh);
        Assert.Equal(expected.Articles.Select(Shape), cached.Articles.Select(Shape));
        Assert.Contains("Welcome, again.", cached.Articles.Single(a => a.FullPath.EndsWith("en/start/welcome.md", StringComparison.Ordinal)).Markdown);
        Assert.Equal(fresh.Sorted, edited.Sorted);
        Assert.Equal(fresh.Sorted, unchanged.Sorted);
        Assert.Contains(unchanged.Sorted, d => d.Code == DiagnosticCodes.FrontMatterInvalidYaml && d.Stage == DiagnosticStage.Content);
        Assert.Equal(expected.Articles.Count, again.Articles.Count);
    }

    [Fact]
    public async Task Start_ServesBeforeParsing_ThenTheLinkStageAddsItsErrorsWithTheirStage()
    {
        using var fixture = new PreviewFixture();
        fixture.Edit("en/faq/contact.md", "We answer within a day.", "See [prices](xref:faq/prices).");

        var site = PreviewSite.Start(fixture.Options, out var first)!;
        await site.WhenCompleteAsync();

        Assert.DoesNotContain(first, d => d.Code == DiagnosticCodes.UnresolvedXref);
        var error = Assert.Single(site.Errors);
        Assert.Equal(DiagnosticCodes.UnresolvedXref, error.Code);
        Assert.Equal(DiagnosticStage.Render, error.Stage);
        Assert.Equal(new HelpGen.Building.SiteBuilder().Build(fixture.Options).Diagnostics, site.Diagnostics);
    }

    [Fact]
    public void ParseCache_OfBodiesReadFromDisk_ReusesAParseUntilItsFileChanges()
    {
        using var fixture = new PreviewFixture();
        var config = SiteConfigLoader.Load(fixture.Source, new DiagnosticBag())!;
        SourceArticle Welcome() => ContentLoader.Load(fixture.Source, config, new DiagnosticBag(), keepText: false).Articles
            .Single(a => a.FullPath.EndsWith("en/start/welcome.md", StringComparison.Ordinal));
        var cache = new ParseCache();

        var first = cache.Parse(Welcome(), new DiagnosticBag());
        var again = cache.Parse(Welcome(), new DiagnosticBag());
        var path = fixture.Edit("en/start/welcome.md", "Welcome to the help center.", "Welcome to the help center.\n\n## A new part");
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(2));
        var edited = cache.Parse(Welcome(), new DiagnosticBag());

        Assert.False(Welcome().Body.IsInMemory);
        Assert.Same(first, again);
        Assert.NotSame(first, edited);
        Assert.DoesNotContain(first.Headings, h => h.Text == "A new part");
        Assert.Contains(edited.Headings, h => h.Text == "A new part");
    }

    [Fact]
    public async Task Start_KeepsNoArticleTextInMemory()
    {
        using var fixture = new PreviewFixture();
        var site = PreviewSite.Start(fixture.Options, out _)!;
        await site.WhenCompleteAsync();

        var articles = site.Snapshot.Plan.Content.Articles;
        Assert.NotEmpty(articles);
        Assert.All(articles, a => Assert.False(a.Body.IsInMemory, a.DisplayPath));
    }

    private static string Shape(SourceArticle a) => $"{a.FullPath}|{a.DisplayPath}|{a.FrontMatter.Title}|{string.Join(',', a.FrontMatter.Tags)}|{a.BodyLine}|{a.Markdown}";

    private static ContentSet Load(PreviewFixture fixture, SiteConfig config, ArticleReads? reads) =>
        ContentLoader.Load(fixture.Source, config, new DiagnosticBag(DiagnosticStage.Content), reads: reads);
}
