using HelpGen.Checks;
using HelpGen.Checks.Reporting;
using HelpGen.Diagnostics;

namespace HelpGen.Tests.Checks;

public sealed class SeededSiteTests
{
    private const string BaseUrl = "https://help.example.org/";

    private static readonly (string Code, string Page, string Target)[] Planted =
    [
        (DiagnosticCodes.BrokenLink, "en-us/index.html", "/en-us/nowhere/"),
        (DiagnosticCodes.BrokenLink, "en-us/registration/sign-up/index.html", "../missing-article/"),
        (DiagnosticCodes.BrokenLink, "en-us/registration/sign-up/index.html", "/de-de/registration/sign-up/"),
        (DiagnosticCodes.BrokenLink, "en-us/registration/sign-up/index.html", "/en-us/embed/video.html"),
        (DiagnosticCodes.BrokenLink, "en-us/registration/sign-up/index.html", "https://help.example.org/en-us/deleted/"),
        (DiagnosticCodes.BrokenLink, "en-us/search/index.html", "../contact/"),
        (DiagnosticCodes.BrokenLink, "old/broken.html", "/en-us/gone/"),
        (DiagnosticCodes.BrokenLink, "ru-kz/registration/sign-up/index.html", "../../payouts/tax-ru/#ндфл"),
        (DiagnosticCodes.MissingAnchor, "en-us/registration/sign-up/index.html", "#nonexistent"),
        (DiagnosticCodes.MissingAnchor, "en-us/registration/sign-up/index.html", "../confirmation-email/#step-9"),
        (DiagnosticCodes.MissingAnchor, "ru-ru/registration/sign-up/index.html", "#%D1%88%D0%B0%D0%B3-5"),
        (DiagnosticCodes.UnresolvedXref, "en-us/registration/sign-up/index.html", "xref:registration/no-such"),
        (DiagnosticCodes.MissingResource, "en-us/registration/sign-up/index.html", "../../../assets/print.css"),
        (DiagnosticCodes.MissingResource, "en-us/registration/sign-up/index.html", "/assets/images/logo@3x.png"),
        (DiagnosticCodes.MissingResource, "en-us/registration/sign-up/index.html", "/assets/images/missing.png"),
        (DiagnosticCodes.MissingResource, "en-us/registration/sign-up/index.html", "/assets/missing.js"),
        (DiagnosticCodes.MissingResource, "en-us/registration/sign-up/index.html", "/assets/video/intro.mp4"),
        (DiagnosticCodes.DuplicateId, "en-us/registration/sign-up/index.html", "#details"),
    ];

    [Fact]
    public async Task CheckDirectory_OnSeededSite_FindsExactlyThePlantedProblems()
    {
        var report = await CheckSeededAsync(BaseUrl);

        var found = report.Problems.Select(p => (p.Code, p.Page!, p.Target!)).Order().ToList();
        Assert.Equal(Planted.Order().ToList(), found);
        Assert.Equal(14, report.PagesChecked);
        Assert.All(report.Problems, p => Assert.Equal("site/" + p.Page, p.File));
        Assert.All(report.Problems, p => Assert.True(p.Line > 0 && p.Column > 0, $"{p.Target} has no position"));
    }

    [Fact]
    public async Task CheckDirectory_OnSeededSite_GivesKindsAndSeveritiesOfTheDesignTable()
    {
        var report = await CheckSeededAsync(BaseUrl);

        Assert.All(report.Problems, p => Assert.Equal(DiagnosticCodes.Describe(p.Code).Kind, p.Kind));
        Assert.Equal(Severity.Warning, Assert.Single(report.Problems, p => p.Code == DiagnosticCodes.DuplicateId).Severity);
        Assert.All(report.Problems.Where(p => p.Code != DiagnosticCodes.DuplicateId), p => Assert.Equal(Severity.Error, p.Severity));
    }

    [Fact]
    public async Task CheckDirectory_WithoutBaseUrl_LeavesProductionUrlsUnchecked()
    {
        var report = await CheckSeededAsync(baseUrl: null);

        Assert.DoesNotContain(report.Problems, p => p.Target!.StartsWith("https://", StringComparison.Ordinal));
        Assert.Equal(Planted.Length - 1, report.Problems.Count);
    }

    [Fact]
    public async Task CheckDirectory_WithIgnorePattern_SkipsMatchingLinks()
    {
        var report = await new LinkChecker().CheckDirectoryAsync(CheckFixtures.SeededSite, new CheckOptions(BaseUrl, Ignore: ["^/assets/"], DisplayRoot: "site"));

        Assert.DoesNotContain(report.Problems, p => p.Target!.StartsWith("/assets/", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.Target == "../../../assets/print.css");
    }

    [Theory]
    [InlineData(CheckReportFormat.Text, "report.txt")]
    [InlineData(CheckReportFormat.Json, "report.json")]
    [InlineData(CheckReportFormat.Sarif, "report.sarif")]
    [InlineData(CheckReportFormat.GitHub, "report.github.txt")]
    public async Task Format_OnSeededSite_MatchesGoldenFile(CheckReportFormat format, string golden)
    {
        var report = await CheckSeededAsync(BaseUrl);

        var text = CheckReportFormatters.Create(format).Format(report);

        GoldenFile.Verify(Path.Combine(CheckFixtures.SeededExpected, golden), text);
    }

    [Fact]
    public async Task CheckDirectory_TwoRuns_GiveIdenticalReports()
    {
        var first = CheckReportFormatters.Create(CheckReportFormat.Json).Format(await CheckSeededAsync(BaseUrl));
        var second = CheckReportFormatters.Create(CheckReportFormat.Json).Format(await CheckSeededAsync(BaseUrl));

        Assert.Equal(first, second);
    }

    private static Task<CheckReport> CheckSeededAsync(string? baseUrl) =>
        new LinkChecker().CheckDirectoryAsync(CheckFixtures.SeededSite, new CheckOptions(baseUrl, DisplayRoot: "site"));
}
