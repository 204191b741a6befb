using HelpGen.Building;
using HelpGen.Preview;

namespace HelpGen.Tests.Preview;

/// <summary>
/// The preview's rebuilds must give exactly what a fresh full build of the same folder gives: every file byte
/// for byte, and the same diagnostics. Each step edits the fixture, rebuilds, and compares.
/// </summary>
public sealed class IncrementalRebuildTests
{
    [Fact]
    public async Task Rebuild_AfterBodyEdit_IsIncrementalAndEqualsFullBuild()
    {
        using var fixture = new PreviewFixture();
        var site = fixture.StartSite();
        var path = fixture.Edit("en/start/welcome.md", "Welcome to the help center.", "Welcome to the **new** help center.");

        var report = site.Rebuild([path])!;

        Assert.Equal("incremental", report.Kind);
        Assert.True(report.Accepted);
        Assert.Equal(["en-us/start/welcome/index.html"], report.ChangedFiles);
        await AssertSameAsFullBuildAsync(fixture, site);
    }

    [Fact]
    public async Task Rebuild_AfterTagsAndHeadingEdits_IsIncrementalAndEqualsFullBuild()
    {
        using var fixture = new PreviewFixture();
        var site = fixture.StartSite();
        var tags = fixture.Edit("en/start/welcome.md", "tags: [intro]", "tags: [intro, basics]");
        var heading = fixture.Edit("en/faq/contact.md", "## Email", "## E-mail");
        var en = fixture.Edit("en/start/welcome.md", "#email", "#e-mail");
        var de = fixture.Edit("de/start/welcome.md", "#email", "#e-mail");

        var report = site.Rebuild([tags, heading, en, de])!;

        Assert.Equal("incremental", report.Kind);
        Assert.True(report.Accepted, string.Join("\n", report.Diagnostics));
        Assert.Contains("en-us/faq/contact/index.html", report.ChangedFiles);
        Assert.Contains("de-at/faq/contact/index.html", report.ChangedFiles);
        await AssertSameAsFullBuildAsync(fixture, site);
    }

    [Fact]
    public async Task Rebuild_SeveralIncrementalStepsInARow_StaysEqualToFullBuild()
    {
        using var fixture = new PreviewFixture();
        var site = fixture.StartSite();
        var install = fixture.Edit("en/start/install.md", "Open the store", "Open the app store");
        Assert.Equal("incremental", site.Rebuild([install])!.Kind);

        // New heading ids in welcome.md: install.md links to one of its anchors, so its pages render again.
        var welcome = fixture.Edit("en/start/welcome.md", "## First steps", "## Before you start\n\nCheck your phone.\n\n## First steps");
        var report = site.Rebuild([welcome])!;

        Assert.Equal("incremental", report.Kind);
        Assert.True(report.Accepted, string.Join("\n", report.Diagnostics));
        await AssertSameAsFullBuildAsync(fixture, site);
        fixture.Edit("en/start/install.md", "Open the app store", "Open the store again");
        Assert.Equal("incremental", site.Rebuild([install])!.Kind);
        await AssertSameAsFullBuildAsync(fixture, site);
    }

    [Fact]
    public void Rebuild_WhenHeadingOtherPagesLinkToIsRenamed_ReportsTheirBrokenAnchorsLikeFullBuild()
    {
        using var fixture = new PreviewFixture();
        var site = fixture.StartSite();
        var path = fixture.Edit("en/start/welcome.md", "## First steps", "## Start here");

        var report = site.Rebuild([path])!;

        Assert.Equal("incremental", report.Kind);
        Assert.False(report.Accepted);
        var error = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.Equal("HG2002", error.Code);
        Assert.EndsWith("en/start/install.md", error.File);
        var full = new SiteBuilder().Build(fixture.Options);
        Assert.Equal(full.Diagnostics, report.Diagnostics);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("new-file")]
    [InlineData("delete")]
    [InlineData("site.yml")]
    [InlineData("theme")]
    public async Task Rebuild_AfterStructuralChange_IsFullAndEqualsFullBuild(string change)
    {
        using var fixture = new PreviewFixture();
        var site = fixture.StartSite();
        string path = change switch
        {
            "title" => fixture.Edit("en/start/install.md", "title: Install the app", "title: Install"),
            "new-file" => fixture.Write("en/faq/billing.md", "---\ntitle: Billing\norder: 0\n---\nInvoices.\n"),
            "delete" => Delete(fixture.PathOf("de/start/welcome.at.md")),
            "site.yml" => fixture.Edit("site.yml", "Questions", "FAQ"),
            _ => EditTheme(fixture),
        };

        var report = site.Rebuild([path])!;

        Assert.Equal("full", report.Kind);
        Assert.True(report.Accepted, string.Join("\n", report.Diagnostics));
        Assert.NotEmpty(report.ChangedFiles);
        await AssertSameAsFullBuildAsync(fixture, site);
    }

    [Fact]
    public async Task Rebuild_WithUnreadableFrontMatterThenFix_KeepsLastGoodPagesThenCatchesUp()
    {
        using var fixture = new PreviewFixture();
        var site = fixture.StartSite();
        var before = site.Find("en-us/start/install/index.html")!.Content;
        var path = fixture.Write("en/start/install.md", "---\ntitle: [Install\n---\nBroken.\n");

        var broken = site.Rebuild([path])!;

        Assert.False(broken.Accepted);
        Assert.Contains(site.Errors, d => d.Code == "HG1002" && d.File!.EndsWith("en/start/install.md", StringComparison.Ordinal) && d.Line >= 2);
        Assert.Equal(before, site.Find("en-us/start/install/index.html")!.Content);

        fixture.Write("en/start/install.md", "---\ntitle: Install the app\nsummary: Get the app on your phone.\norder: 2\n---\nGo back to the [first steps](welcome.md#first-steps).\n");
        var fixedReport = site.Rebuild([path])!;

        Assert.True(fixedReport.Accepted);
        Assert.True(fixedReport.OverlayChanged);
        Assert.Empty(site.Errors);
        Assert.Equal("incremental", fixedReport.Kind);
        await AssertSameAsFullBuildAsync(fixture, site);
    }

    [Fact]
    public void Rebuild_OfEditorSwapFilesOnly_DoesNothing()
    {
        using var fixture = new PreviewFixture();
        var site = fixture.StartSite();

        var report = site.Rebuild([fixture.PathOf("en/start/.welcome.md.swp"), fixture.PathOf("en/start/welcome.md~")]);

        Assert.Null(report);
    }

    private static async Task AssertSameAsFullBuildAsync(PreviewFixture fixture, PreviewSite site)
    {
        await site.WhenSearchIsCurrentAsync();
        var full = new SiteBuilder().Build(fixture.Options);
        Assert.NotNull(full.Output);
        var served = site.Output;
        Assert.Equal(full.Output!.Files.Select(f => f.Path), served.Files.Select(f => f.Path));
        foreach (var file in full.Output.Files)
        {
            var mine = served.Find(file.Path)!;
            Assert.True(file.Content.AsSpan().SequenceEqual(mine.Content), $"{file.Path} differs from a full build");
        }

        Assert.Equal(full.Diagnostics, site.Snapshot.Diagnostics);
    }

    private static string Delete(string path)
    {
        File.Delete(path);
        return path;
    }

    private static string EditTheme(PreviewFixture fixture)
    {
        var path = Path.Combine(fixture.Theme, "layouts", "article.sbn-html");
        File.WriteAllText(path, File.ReadAllText(path).Replace("<main>", "<main class=\"changed\">", StringComparison.Ordinal));
        return path;
    }
}
