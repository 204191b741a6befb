using System.Text;
using HelpGen.Building;
using HelpGen.Diagnostics;
using HelpGen.Preview;

namespace HelpGen.Tests.Preview;

/// <summary>
/// One preview through a series of saves, with the built-in theme (related articles, search, sitemap) under a small
/// theme folder: after each save, and once the background work is done, every file the preview serves equals a
/// build's of the same folder byte for byte, and its diagnostics equal the build's.
/// </summary>
public sealed class PreviewEqualsBuildTests
{
    [Fact]
    public async Task Serve_AfterEverySaveInASeries_ServesWhatBuildWrites()
    {
        using var fixture = new PreviewFixture();
        var theme = Path.Combine(fixture.Root, "overlay");
        Directory.CreateDirectory(Path.Combine(theme, "i18n"));
        File.WriteAllText(Path.Combine(theme, "i18n", "en.yml"), "breadcrumbs.home: Home\n");
        var options = fixture.Options with { ThemeDirectory = theme };
        var site = PreviewSite.Start(options, out _)!;
        site.SiteDelay = TimeSpan.FromMilliseconds(20);
        await AssertSameAsBuildAsync(options, site);
        Assert.Contains("id=\"hg-related\"", PreviewRebuildTests.Html(site, "en-us/start/welcome/index.html"));

        Step(site, fixture.Edit("en/start/welcome.md", "Welcome to the help center.", "Welcome to the **new** help center."));
        await AssertSameAsBuildAsync(options, site);
        Step(site, fixture.Edit("en/start/install.md", "title: Install the app", "title: Install"));
        Assert.Contains(">Install<", PreviewRebuildTests.Html(site, "en-us/start/welcome/index.html"));
        await AssertSameAsBuildAsync(options, site);
        Step(site, fixture.Write("en/faq/billing.md", "---\ntitle: Billing\norder: 0\naliases: [/old/billing.html]\n---\nInvoices for the app.\n"));
        await AssertSameAsBuildAsync(options, site);
        Step(site, Delete(fixture.PathOf("de/start/welcome.at.md")));
        await AssertSameAsBuildAsync(options, site);
        File.WriteAllText(Path.Combine(theme, "i18n", "en.yml"), "breadcrumbs.home: Start\n");
        Step(site, Path.Combine(theme, "i18n", "en.yml"));
        Assert.Contains(">Start<", PreviewRebuildTests.Html(site, "en-us/start/welcome/index.html"));
        await AssertSameAsBuildAsync(options, site);

        var good = File.ReadAllText(fixture.PathOf("en/faq/contact.md"));
        var broken = site.Rebuild([fixture.Write("en/faq/contact.md", "---\ntitle: [Contact\n---\nBroken.\n")])!;
        Assert.False(broken.Accepted);
        Assert.Contains(site.Errors, d => d.Code == DiagnosticCodes.FrontMatterInvalidYaml);
        await AssertSameAsBuildAsync(options with { SourceDirectory = Snapshot(fixture, "en/faq/contact.md", good) }, site);
        Step(site, fixture.Write("en/faq/contact.md", good));
        Assert.Empty(site.Errors);
        await AssertSameAsBuildAsync(options, site);
    }

    [Fact]
    public async Task Serve_AliasCollisionFoundInTheBackground_ShowsInTheOverlayUntilFixed()
    {
        using var fixture = new PreviewFixture();
        var site = fixture.StartSite();
        await site.WhenCompleteAsync();

        var path = fixture.Write("en/faq/billing.md", "---\ntitle: Billing\naliases: [/en-us/start/welcome/index.html]\n---\nInvoices.\n");
        site.Rebuild([path]);
        await site.WhenCompleteAsync();

        var collision = Assert.Single(site.Errors);
        Assert.Equal(DiagnosticCodes.AliasCollision, collision.Code);
        Assert.Equal(DiagnosticStage.Site, collision.Stage);
        fixture.Write("en/faq/billing.md", "---\ntitle: Billing\naliases: [/old/billing.html]\n---\nInvoices.\n");
        site.Rebuild([path]);
        await site.WhenCompleteAsync();
        Assert.Empty(site.Errors);
        Assert.NotNull(site.Find("old/billing.html"));
    }

    [Fact]
    public async Task Serve_AfterAnEditOfOneLocalesFile_KeepsTheOtherLocalesIndexes_AndServesWhatBuildWrites()
    {
        using var fixture = new PreviewFixture();
        var options = fixture.Options;
        var site = PreviewSite.Start(options, out _)!;
        site.SiteDelay = TimeSpan.FromMilliseconds(20);
        var reports = new List<RebuildReport>();
        site.Rebuilt += report => { lock (reports) reports.Add(report); };
        await AssertSameAsBuildAsync(options, site);
        IReadOnlyList<string> LastKept()
        {
            lock (reports) return reports.Last(r => r.Kind == "site").KeptLocales;
        }

        Assert.Empty(LastKept());

        // Only de-at shows the Austrian variant: the other two locales keep their index and related articles.
        Step(site, fixture.Edit("de/start/welcome.at.md", "Servus.", "Servus, Suche und Index."));
        await AssertSameAsBuildAsync(options, site);
        Assert.Equal(["en-us", "de-de"], LastKept());

        // An English article is also the German locales' fallback: every locale is indexed again.
        Step(site, fixture.Edit("en/faq/contact.md", "title: Contact us", "title: Write to us"));
        await AssertSameAsBuildAsync(options, site);
        Assert.Empty(LastKept());

        // site.yml can change what every index holds (section titles, synonyms).
        Step(site, fixture.Edit("site.yml", "title: { en: Questions, de: Fragen }", "title: { en: Questions and answers, de: Fragen }"));
        await AssertSameAsBuildAsync(options, site);
        Assert.Empty(LastKept());
    }

    [Fact]
    public async Task Serve_AfterAnEditInALargeLocale_ParsesOnlyTheEditedFile_WritesOnlyItsTextBlock_AndServesWhatBuildWrites()
    {
        using var fixture = new PreviewFixture();
        // More articles than the index's shard threshold: each text block holds one article.
        for (var i = 0; i < 210; i++)
        {
            fixture.Write($"en/faq/extra-{i:D3}.md", $"---\ntitle: Extra question {i}\n---\nAnswer {i} about parcels and refunds.\n\n## Details\n\nMore about case {i}.\n");
        }

        var options = fixture.Options;
        var site = PreviewSite.Start(options, out _)!;
        site.SiteDelay = TimeSpan.FromMilliseconds(20);
        await AssertSameAsBuildAsync(options, site);
        var first = site.SiteResult;
        var sources = site.Snapshot.Plan.AllArticles.Select(a => a.Source.FullPath).Distinct().Count();
        Assert.Equal(sources, first.Parsed);
        var blocks = first.TextBlocks.Where(b => b.Key.StartsWith("en-us ", StringComparison.Ordinal)).ToList();
        Assert.True(blocks.Count > 200, $"{blocks.Count} text blocks in en-us");

        Step(site, fixture.Edit("en/faq/extra-105.md", "Answer 105 about", "Answer 105, edited, about"));
        await AssertSameAsBuildAsync(options, site);
        var second = site.SiteResult;

        Assert.Equal(1, second.Parsed);
        var edited = fixture.PathOf("en/faq/extra-105.md");
        var reindexed = second.TextBlocks.Where(b => !second.KeptLocales.Contains(b.Key.Split(' ')[0])).ToList();
        Assert.Equal(reindexed.Count(b => b.Value.Sources.All(s => s.FullPath != edited)), second.KeptTextBlocks);
        Assert.True(second.KeptTextBlocks > 200, $"{second.KeptTextBlocks} text blocks kept");
        var block = Assert.Single(blocks, b => second.TextBlocks[b.Key].Path != b.Value.Path);
        Assert.Contains("en-us/faq/extra-105/", second.TextBlocks[block.Key].Urls);
        Assert.Contains("edited", Encoding.UTF8.GetString((await site.FindAsync(second.TextBlocks[block.Key].Path))!.Content));
    }

    private static void Step(PreviewSite site, string path)
    {
        var report = site.Rebuild([path])!;
        Assert.True(report.Accepted, string.Join("\n", report.Diagnostics));
    }

    /// <summary>
    /// While a save is refused the preview serves the last good state: compare with a build of a copy of the source
    /// in which <paramref name="relative"/> still has its last good text.
    /// </summary>
    private static string Snapshot(PreviewFixture fixture, string relative, string good)
    {
        var copy = Path.Combine(fixture.Root, "last-good");
        if (Directory.Exists(copy)) Directory.Delete(copy, recursive: true);
        TestSupport.FolderSnapshot.Copy(fixture.Source, copy);
        File.WriteAllText(Path.Combine(copy, relative), good);
        return copy;
    }

    private static async Task AssertSameAsBuildAsync(BuildOptions options, PreviewSite site)
    {
        await site.WhenCompleteAsync();
        var build = new SiteBuilder().Build(options);
        Assert.NotNull(build.Output);
        Assert.Equal(build.Output!.Files.Select(f => f.Path).Order(StringComparer.Ordinal), site.Output.Files.Select(f => f.Path));
        foreach (var file in build.Output.Files)
        {
            var served = await site.FindAsync(file.Path);
            Assert.True(served is not null && file.Content.AsSpan().SequenceEqual(served.Content), $"{file.Path} differs from a build");
        }

        if (options.SourceDirectory == site.Options.SourceDirectory) Assert.Equal(build.Diagnostics, site.Diagnostics);
    }

    private static string Delete(string path)
    {
        File.Delete(path);
        return path;
    }
}
