using System.Text.Json;
using HelpGen.Checks;
using HelpGen.Checks.Reporting;

namespace HelpGen.Tests.Checks;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("helpgen-check-cli-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public async Task CheckSite_OnSeededSite_PrintsTheJsonReportAndExitsWithOne()
    {
        var expected = CheckReportFormatters.Create(CheckReportFormat.Json)
            .Format(await new LinkChecker().CheckDirectoryAsync(CheckFixtures.SeededSite, new CheckOptions("https://help.example.org/", DisplayRoot: CheckFixtures.SeededSite)));

        var (exitCode, stdout, _) = await CliRunner.RunAsync(_temp, "check", "--site", CheckFixtures.SeededSite, "--format", "json", "--base-url", "https://help.example.org/");

        Assert.Equal(1, exitCode);
        Assert.Equal(expected, stdout);
    }

    [Fact]
    public async Task CheckSite_OnCleanSite_ExitsWithZero()
    {
        Directory.CreateDirectory(Path.Combine(_temp, "site", "en-us"));
        File.WriteAllText(Path.Combine(_temp, "site", "index.html"), "<a href=\"en-us/\">en</a><a href=\"mailto:a@b.c\">mail</a>");
        File.WriteAllText(Path.Combine(_temp, "site", "en-us", "index.html"), "<a href=\"../\">home</a><a href=\"#x\">x</a><p id=\"x\"></p>");

        var (exitCode, stdout, _) = await CliRunner.RunAsync(_temp, "check", "--site", "site");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("No problems: 2 pages, 3 links checked.", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckSite_WithOnlyWarnings_ExitsZeroUnlessFailOnWarning()
    {
        var site = Path.Combine(CheckFixtures.Folder, "cases", "names", "site");

        var (lenient, stdout, _) = await CliRunner.RunAsync(_temp, "check", "--site", site);
        var (strict, _, _) = await CliRunner.RunAsync(_temp, "check", "--site", site, "--fail-on", "warning");

        Assert.Contains("(0 errors, 2 warnings)", stdout, StringComparison.Ordinal);
        Assert.Equal((0, 1), (lenient, strict));
    }

    [Fact]
    public async Task CheckSite_WithPrettyUrls_AcceptsLinksThatLeaveOutHtml()
    {
        var site = Path.Combine(CheckFixtures.Folder, "cases", "pretty-urls", "site");

        var (_, plain, _) = await CliRunner.RunAsync(_temp, "check", "--site", site, "--format", "github");
        var (_, pretty, _) = await CliRunner.RunAsync(_temp, "check", "--site", site, "--format", "github", "--pretty-urls");

        Assert.Equal(4, plain.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(2, pretty.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task CheckSite_WithRelativeFolder_AnnotatesTheHtmlFileUnderIt()
    {
        CopyFolder(Path.Combine(CheckFixtures.Folder, "cases", "template", "site"), Path.Combine(_temp, "out"));

        var (_, stdout, _) = await CliRunner.RunAsync(_temp, "check", "--site", "./out/", "--format", "github");

        Assert.StartsWith("::error file=out/index.html,line=8,col=7::HG2001 broken-link: ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckSite_WithMissingFolder_ExitsWithTwo()
    {
        var (exitCode, stdout, stderr) = await CliRunner.RunAsync(_temp, "check", "--site", "no-such-folder");

        Assert.Equal(2, exitCode);
        Assert.Empty(stdout);
        Assert.Contains("no-such-folder", stderr, StringComparison.Ordinal);
        Assert.Contains("error HG0003", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckSite_WithInvalidIgnorePattern_ExitsWithTwo()
    {
        var (exitCode, _, stderr) = await CliRunner.RunAsync(_temp, "check", "--site", CheckFixtures.SeededSite, "--ignore", "([unclosed");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("helpgen: error HG0003: --ignore '([unclosed'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckSite_WithGitHubFormat_PrintsOneWorkflowCommandPerProblem()
    {
        var (exitCode, stdout, _) = await CliRunner.RunAsync(_temp, "check", "--site", CheckFixtures.SeededSite, "--format", "github");

        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1, exitCode);
        Assert.Equal(17, lines.Length);
        Assert.All(lines, l => Assert.Matches(@"^::(error|warning) file=.+/seeded/site/[^,]+\.html,line=\d+,col=\d+::HG20\d\d ", l));
    }

    [Fact]
    public async Task CheckSource_WithBrokenMarkdownLinks_ReportsEachOnceAtItsMarkdownLine()
    {
        var (exitCode, stdout, _) = await CliRunner.RunAsync(CheckFixtures.SourceFolder, "check", "--format", "json");

        using var json = JsonDocument.Parse(stdout);
        var errors = json.RootElement.GetProperty("problems").EnumerateArray()
            .Where(p => p.GetProperty("severity").GetString() == "error")
            .Select(p => $"{p.GetProperty("source").GetString()}:{p.GetProperty("line").GetInt32()} {p.GetProperty("code").GetString()} {p.GetProperty("page").GetString()}")
            .ToList();
        Assert.Equal(1, exitCode);
        Assert.Equal(
        [
            "articles/en/faq/sign-in.md:9 HG2002 en-us/faq/sign-in/index.html",
            "articles/en/faq/sign-in.md:13 HG2003 en-us/faq/sign-in/index.html",
            "articles/ru/faq/sign-in.md:9 HG2002 ru-ru/faq/sign-in/index.html",
        ], errors);
    }

    [Fact]
    public async Task CheckSource_WithGitHubFormat_AnnotatesTheMarkdownLine()
    {
        var (_, stdout, _) = await CliRunner.RunAsync(CheckFixtures.SourceFolder, "check", "--format", "github");

        Assert.Contains(stdout.Split('\n'), l => l.StartsWith("::error file=articles/en/faq/sign-in.md,line=13,col=6::HG2003 unresolved-xref: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckSource_WithIgnoreInSiteYml_SkipsMatchingLinksEvenWhenEncoded()
    {
        CopyFolder(Path.Combine(CheckFixtures.SourceFolder, "articles"), Path.Combine(_temp, "articles"));
        File.AppendAllText(Path.Combine(_temp, "articles", "site.yml"), "check:\n  ignore: ['#шаг-9$']\n");

        var (_, stdout, _) = await CliRunner.RunAsync(_temp, "check", "--format", "github");

        Assert.DoesNotContain("articles/ru/", stdout, StringComparison.Ordinal);
        Assert.Contains("file=articles/en/faq/sign-in.md,line=13,col=6::HG2003", stdout, StringComparison.Ordinal);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
