using HelpGen.Output;
using HelpGen.Building;
using HelpGen.Bundling;
using HelpGen.Checks;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Building;

/// <summary>The library reports stage progress through <see cref="BuildProgress"/>: build stages, check pages, zip entries.</summary>
public sealed class BuildProgressTests : IDisposable
{
    private readonly TempSite _site = TempSite.Create("""
        -- en/faq/a.md --
        ---
        title: A
        ---
        See [B](xref:faq/b).
        -- en/faq/b.md --
        ---
        title: B
        ---
        Text.
        -- de/faq/a.md --
        ---
        title: A (de)
        ---
        Text.
        """);

    [Fact]
    public void Build_ReportsEachStageInOrderWithItsCounts()
    {
        var progress = new RecordingProgress();

        var result = new SiteBuilder().Build(new BuildOptions(_site.Source, RepoRoot.DefaultTheme, Progress: progress));

        result.AssertNoErrors();
        Assert.Equal([BuildProgress.Content, BuildProgress.Markdown, BuildProgress.Pages, BuildProgress.Search], progress.Stages);
        Assert.Equal((3, 3), progress.Final(BuildProgress.Content));
        Assert.Equal((3, 3), progress.Final(BuildProgress.Markdown));
        var articlePages = result.Output!.Files.Count(f => f.IsHtml && f.Path.Split('/').Length == 4);
        Assert.Equal((articlePages, articlePages), progress.Final(BuildProgress.Pages));
        Assert.Equal((4, 4), progress.Final(BuildProgress.Search));
        Assert.All(progress.Events, e => Assert.InRange(e.Done, 0, Math.Max(e.Total, e.Done)));
    }

    [Fact]
    public async Task Check_ReportsPagesCheckedOutOfAll()
    {
        var build = _site.Build();
        var progress = new RecordingProgress();

        var report = await new LinkChecker().CheckAsync(build.Output!, new CheckOptions(Progress: progress));

        Assert.Equal((report.PagesChecked, report.PagesChecked), progress.Final(BuildProgress.CheckPages));
        Assert.Equal(0, progress.Events.First(e => e.Stage == BuildProgress.CheckPages).Done);
    }

    [Fact]
    public void Bundle_ReportsEveryZipEntry()
    {
        var build = new SiteBuilder().Build(new BuildOptions(_site.Source, RepoRoot.DefaultTheme, LinkStyle: LinkStyle.IndexHtml));
        var progress = new RecordingProgress();

        var zip = OfflineBundle.Create(build.Output!, null, progress);

        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(zip));
        Assert.Equal((archive.Entries.Count, archive.Entries.Count), progress.Final(BuildProgress.Zip));
    }

    public void Dispose() => _site.Dispose();
}
