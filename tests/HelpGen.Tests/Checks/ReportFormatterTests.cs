using System.Text.Json;
using HelpGen.Checks;
using HelpGen.Checks.Reporting;
using HelpGen.Diagnostics;

namespace HelpGen.Tests.Checks;

public sealed class ReportFormatterTests
{
    private static readonly CheckReport Report = new(3, 10,
    [
        new Diagnostic(Severity.Error, "HG2001", "'../b/' is 100% gone\nreally", "articles/en/faq/a, b.md", 12, 5, "en-us/a/index.html", "../b/"),
        new Diagnostic(Severity.Warning, "HG2006", "The id 'x' repeats.", Page: "en-us/a/index.html", Target: "#x"),
    ]);

    [Fact]
    public void GitHub_ProblemWithSource_AnnotatesTheMarkdownLine()
    {
        var lines = CheckReportFormatters.Create(CheckReportFormat.GitHub).Format(Report).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("::error file=articles/en/faq/a%2C b.md,line=12,col=5::HG2001 broken-link: '../b/' is 100%25 gone%0Areally (page en-us/a/index.html)", lines[0]);
        Assert.Equal("::warning::en-us/a/index.html: HG2006 duplicate-id: The id 'x' repeats.", lines[1]);
    }

    [Fact]
    public void Sarif_HasEveryRequiredFieldOfTheSchema()
    {
        using var sarif = JsonDocument.Parse(CheckReportFormatters.Create(CheckReportFormat.Sarif).Format(Report));
        var root = sarif.RootElement;

        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.StartsWith("https://", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("helpgen", driver.GetProperty("name").GetString());
        Assert.True(Uri.IsWellFormedUriString(driver.GetProperty("informationUri").GetString(), UriKind.Absolute));
        var ruleIds = driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.All(driver.GetProperty("rules").EnumerateArray(), r => Assert.NotEmpty(r.GetProperty("shortDescription").GetProperty("text").GetString()!));
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        Assert.All(results, r =>
        {
            Assert.Equal(ruleIds[r.GetProperty("ruleIndex").GetInt32()], r.GetProperty("ruleId").GetString());
            Assert.Contains(r.GetProperty("level").GetString(), new[] { "error", "warning" });
            Assert.NotEmpty(r.GetProperty("message").GetProperty("text").GetString()!);
            Assert.NotEmpty(r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!);
        });
        var region = results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal((12, 5), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()));
    }

    [Fact]
    public void Json_UnknownSourceAndLine_AreNull()
    {
        using var json = JsonDocument.Parse(CheckReportFormatters.Create(CheckReportFormat.Json).Format(Report));
        var second = json.RootElement.GetProperty("problems")[1];

        Assert.Equal(JsonValueKind.Null, second.GetProperty("source").ValueKind);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("line").ValueKind);
        Assert.Equal(["code", "kind", "severity", "page", "target", "source", "line", "column", "message"], second.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Text_GroupsBySourceThenPage_AndColoursOnlyWhenAsked()
    {
        var plain = new TextReportFormatter(useColor: false).Format(Report);
        var coloured = new TextReportFormatter(useColor: true).Format(Report);

        Assert.DoesNotContain('\u001b', plain);
        Assert.Contains("\u001b[31merror", coloured, StringComparison.Ordinal);
        var lines = plain.Split('\n');
        Assert.Equal("articles/en/faq/a, b.md", lines[0]);
        Assert.StartsWith("  12:5  error HG2001", lines[1], StringComparison.Ordinal);
        Assert.Equal("en-us/a/index.html", lines[2]);
        Assert.Equal("2 problems (1 error, 1 warning): 3 pages, 10 links checked.", lines[^2]);
    }
}
