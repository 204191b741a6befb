using HelpGen.Building;
using HelpGen.Checks;
using HelpGen.Checks.Reporting;
using HelpGen.Diagnostics;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Checks;

/// <summary>
/// Every syntax that produces a link in an article (Markdown and reference-style links, autolinks, raw inline HTML,
/// raw HTML blocks, multi-line blocks, blocks inside a quote) is reported at its Markdown line and column
/// (Fixtures/Checks/raw-html/articles/en/faq/raw.md), in every report format.
/// </summary>
public sealed class RawHtmlSourceTests
{
    private static readonly Lazy<Task<CheckReport>> Report = new(CheckAsync);

    [Theory]
    [InlineData("markdown link", DiagnosticCodes.BrokenLink, 5, 11)]
    [InlineData("reference-style link", DiagnosticCodes.BrokenLink, 7, 3)]
    [InlineData("autolink", DiagnosticCodes.BrokenLink, 11, 13)]
    [InlineData("raw inline html", DiagnosticCodes.BrokenLink, 13, 18)]
    [InlineData("raw html block", DiagnosticCodes.MissingResource, 15, 1)]
    [InlineData("link inside a multi-line block", DiagnosticCodes.BrokenLink, 19, 10)]
    [InlineData("element spanning lines of a block", DiagnosticCodes.MissingResource, 20, 3)]
    [InlineData("block inside a quote", DiagnosticCodes.BrokenLink, 24, 8)]
    [InlineData("markdown link after raw html", DiagnosticCodes.BrokenLink, 26, 27)]
    [InlineData("markdown link before raw html", DiagnosticCodes.BrokenLink, 28, 1)]
    [InlineData("raw html after a markdown link", DiagnosticCodes.BrokenLink, 28, 30)]
    public async Task Check_LinkFromArticle_IsReportedOnceAtItsMarkdownLine(string syntax, string code, int line, int column)
    {
        var report = await Report.Value;

        var problem = Assert.Single(report.Problems, p => p.Line == line && p.Column == column);
        Assert.True(problem.File!.EndsWith("/en/faq/raw.md", StringComparison.Ordinal), syntax);
        Assert.Equal((code, "en-us/faq/raw/index.html"), (problem.Code, problem.Page!));
    }

    [Fact]
    public async Task Check_RawHtmlArticle_HasNoProblemWithoutASource()
    {
        var report = await Report.Value;

        Assert.Equal(11, report.Problems.Count);
        Assert.All(report.Problems, p => Assert.NotNull(p.File));
    }

    [Theory]
    [InlineData(CheckReportFormat.Text, "  19:10  error HG2001")]
    [InlineData(CheckReportFormat.Json, "\"line\": 19,")]
    [InlineData(CheckReportFormat.Sarif, "\"startLine\": 19,")]
    [InlineData(CheckReportFormat.GitHub, "raw.md,line=19,col=10::HG2001")]
    public async Task Format_RawHtmlProblem_CarriesTheMarkdownLine(CheckReportFormat format, string expected)
    {
        var text = CheckReportFormatters.Create(format).Format(await Report.Value);

        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    private static async Task<CheckReport> CheckAsync()
    {
        var source = Path.Combine(CheckFixtures.Folder, "raw-html", "articles");
        var build = new SiteBuilder().Build(new BuildOptions(source, RepoRoot.DefaultTheme, KeepOutputOnErrors: true));
        var report = await new LinkChecker().CheckAsync(build.Output!, new CheckOptions(LocaleOrder: ["en-us"]));
        return report.WithBuildDiagnostics(build.Diagnostics);
    }
}
