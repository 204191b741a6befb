using HelpGen.Checks;
using HelpGen.Diagnostics;

namespace HelpGen.Tests.Checks;

/// <summary>
/// One small HTML site per behaviour (Fixtures/Checks/cases/NAME/site), checked as <c>--site</c> would, compared with
/// the problems listed in NAME/expected.txt: <c>severity code file:line:column target</c>, one a line. An
/// <c>options.txt</c> line <c>prettyUrls</c> turns pretty URLs on.
/// </summary>
public sealed class CheckCaseTests
{
    public static TheoryData<string> Cases()
    {
        var names = new TheoryData<string>();
        foreach (var folder in Directory.EnumerateDirectories(CasesFolder).Order(StringComparer.Ordinal))
        {
            names.Add(Path.GetFileName(folder));
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task CheckSite_OnCase_ReportsExactlyTheExpectedProblemsAtTheirElements(string name)
    {
        var folder = Path.Combine(CasesFolder, name);
        var options = File.Exists(Path.Combine(folder, "options.txt")) ? File.ReadAllLines(Path.Combine(folder, "options.txt")) : [];

        var report = await CheckAsync(folder, prettyUrls: options.Contains("prettyUrls"));

        var expected = File.ReadAllLines(Path.Combine(folder, "expected.txt")).Where(l => l.Length > 0);
        Assert.Equal(expected.Order(StringComparer.Ordinal), report.Problems.Select(Describe).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CheckSite_WithoutPrettyUrls_RejectsLinksThatLeaveOutHtml()
    {
        var report = await CheckAsync(Path.Combine(CasesFolder, "pretty-urls"), prettyUrls: false);

        Assert.Equal(["about", "about#gone", "about#team", "contact"], report.Problems.Select(p => p.Target!).Order(StringComparer.Ordinal));
        Assert.All(report.Problems, p => Assert.Equal(DiagnosticCodes.BrokenLink, p.Code));
    }

    private static string CasesFolder => Path.Combine(CheckFixtures.Folder, "cases");

    private static Task<CheckReport> CheckAsync(string folder, bool prettyUrls) =>
        new LinkChecker().CheckDirectoryAsync(Path.Combine(folder, "site"), new CheckOptions(PrettyUrls: prettyUrls, DisplayRoot: string.Empty));

    private static string Describe(Diagnostic p) =>
        $"{(p.IsError ? "error" : "warning")} {p.Code} {p.File}:{p.Line}:{p.Column} {p.Target}";
}
