using HelpGen.Building;
using HelpGen.Preview;

namespace HelpGen.Tests.Preview;

/// <summary>
/// The preview's rebuilds must serve exactly what a fresh build of the same folder gives once its background work is
/// done: every file byte for byte (pages rendered on request), and the same diagnostics. Each step edits the
/// fixture, rebuilds, and compares.
/// </summary>
public sealed class PreviewRebuildTests
{
    [Fact]
    public async Task Rebuild_AfterBodyEdit_ReportsTheOpenPageThatChangedAndEqualsBuild()
    {
        using var fixture = new PreviewFixture();
        var site = fixture.StartSite();
        site.Find("en-us/start/welcome/index.html");
        site.Find("en-us/faq/contact/index.html");
        var path = fixture.Edit("en/start/welcome.md", "Welcome to the help center.", "Welcome to the **new** help center.");

        var report = site.Rebuild([path])!;

        Assert.Equal("rebuild", report.Kind);
        Assert.True(report.Accepted);
        Assert.Equal(["en-us/start/welcome/index.html"], report.ChangedFiles);
        Assert.Contains("<strong>new</strong>", Html(site, "en-us/start/welcome/index.html"));
        await AssertSameAsBuildAsync(fixture, site);
    }

    [Fact]
    public async Task Rebuild_AfterTagsAndHeadingEdits_EqualsBuild()
    {
        using var fixture = new PreviewFixture();
        var site = fixture.StartSite();
        ServeEveryPage(site);
        var tags = fixture.Edit("en/start/welcome.md", "tags: [intro]", "tags: [intro, basics]");
        var heading = fixture.Edit("en/faq/contact.md", "## Email", "## E-mail");
        var en = fixture.Edit("en/start/welcome.md", "#email", "#e-mail");
        var de = fixture.Edit("de/start/welcome.md", "#email", "#e-mail");

        var report = site.Rebuild([tags, heading, en, de])!;

        Assert.True(report.Accepted, string.Join("\n", report.Diagnostics));
        Assert.Contains("en-us/faq/contact/index.html", report.ChangedFiles);
        Assert.Contains("de-at/faq/contact/index.html", report.ChangedFiles);
        await AssertSameAsBuildAsync(fixture, site);
    }

    [Fact]
    public void Rebuild_WhenHeadingOtherPagesLinkToIsRenamed_ReportsTheirBrokenAnchorsLikeBuildAndKeepsTheLastGoodPages()
    {
        using var fixture = new PreviewFixture();
        var site = fixture.StartSite();
        var before = site.Find("en-us/start/welcome/index.html")!.Content;
        var path = fixture.Edit("en/start/welcome.md", "## First steps", "## Start here");

        var report = site.Rebuild([path])!;

        Assert.False(report.Accepted);
        var error = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.Equal("HG2002", error.Code);
        Assert.EndsWith("en/start/install.md", error.File);
        Assert.Equal(new SiteBuilder().Build(fixture.Options).Diagnostics, report.Diagnostics);
        Assert.Equal(before, site.Find("en-us/start/welcome/index.html")!.Content);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("new-file")]
    [InlineData("delete")]
    [InlineData("site.yml")]
    [InlineData("theme")]
    public async Task Rebuild_AfterStructuralChange_ReportsChangedPagesAndEqualsBuild(string change)
    {
        using var fixture = new PreviewFixture();
        var site = fixture.StartSite();
        ServeEveryPage(site);
        string path = change switch
        {
            "title" => fixture.Edit("en/start/install.md", "title: Install the app", "title: Install"),
            "new-file" => fixture.Write("en/faq/billing.md", "---\ntitle: Billing\norder: 0\n---\nInvoices.\n"),
            "delete" => Delete(fixture.PathOf("de/start/welcome.at.md")),
            "site.yml" => fixture.Edit("site.yml", "Questions", "FAQ"),
            _ => EditTheme(fixture),
        };

        var report = site.Rebuild([path])!;

        Assert.True(report.Accepted, string.Join("\n", report.Diagnostics));
        Assert.NotEmpty(report.ChangedFiles);
        await AssertSameAsBuildAsync(fixture, site);
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
        await AssertSameAsBuildAsync(fixture, site);
    }

    [Fact]
    public async Task BackgroundWork_ThatFailsWithABug_IsReported_AndRunsAgainAfterTheNextSave()
    {
        using var fixture = new PreviewFixture();
        var site = fixture.StartSite();
        site.SiteDelay = TimeSpan.Zero;
        await site.WhenCompleteAsync();
        var failures = new List<Exception>();
        var failed = new TaskCompletionSource();
        site.BackgroundFailed += ex =>
        {
            failures.Add(ex);
            failed.TrySetResult();
        };
        site.RunSiteStage = (_, _, _) => throw new InvalidOperationException("a bug in the whole-site stage");

        site.Rebuild([fixture.Edit("en/start/welcome.md", "Welcome to the help center.", "Welcome, first edit.")]);
        await failed.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("a bug in the whole-site stage", Assert.Single(failures).Message);
        site.RunSiteStage = SiteStage.Run;
        site.Rebuild([fixture.Edit("en/start/welcome.md", "Welcome, first edit.", "Welcome, second edit.")]);
        await AssertSameAsBuildAsync(fixture, site).WaitAsync(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public void Rebuild_OfEditorSwapFilesOnly_DoesNothing()
    {
        using var fixture = new PreviewFixture();
        var site = fixture.StartSite();

        var report = site.Rebuild([fixture.PathOf("en/start/.welcome.md.swp"), fixture.PathOf("en/start/welcome.md~")]);

        Assert.Null(report);
    }

    internal static void ServeEveryPage(PreviewSite site)
    {
        foreach (var file in site.Output.Files) Assert.NotNull(site.Find(file.Path));
    }

    internal static string Html(PreviewSite site, string path) => System.Text.Encoding.UTF8.GetString(site.Find(path)!.Content);

    /// <summary>Once the background work is done, every served file (as the server gets it) equals a build's, and so do the diagnostics.</summary>
    internal static async Task AssertSameAsBuildAsync(PreviewFixture fixture, PreviewSite site)
    {
        await site.WhenCompleteAsync();
        var build = new SiteBuilder().Build(fixture.Options);
        Assert.NotNull(build.Output);
        var served = site.Output.Files.Select(f => f.Path).ToList();
        Assert.Equal(build.Output!.Files.Select(f => f.Path).Order(StringComparer.Ordinal), served);
        foreach (var file in build.Output.Files)
        {
            var mine = site.Find(file.Path);
            Assert.NotNull(mine);
            Assert.True(file.Content.AsSpan().SequenceEqual(mine!.Content), $"{file.Path} differs from a build");
        }

        Assert.Equal(build.Diagnostics, site.Diagnostics);
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
