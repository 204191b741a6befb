using HelpGen.Building;
using HelpGen.Cli.Terminal;
using HelpGen.Tests.TestSupport;
using Spectre.Console.Testing;

namespace HelpGen.Tests.Cli;

/// <summary>Progress is live on an interactive terminal only; redirected or CI output stays plain, without escape codes.</summary>
public sealed class TerminalOutputTests : IDisposable
{
    private readonly TempSite _site = TempSite.Create("-- en/faq/a.md --\n---\ntitle: A\n---\nSee [the FAQ](xref:faq/b).\n-- en/faq/b.md --\n---\ntitle: B\n---\nText.\n");

    [Theory]
    [InlineData(null, null, "xterm-256color", true)]
    [InlineData("true", null, "xterm-256color", false)]
    [InlineData("1", null, null, false)]
    [InlineData("false", null, "xterm", true)]
    [InlineData(null, "1", "xterm", false)]
    [InlineData(null, null, "dumb", false)]
    public void Decoration_IsOffUnderCiNoColorAndDumbTerminals(string? ci, string? noColor, string? term, bool expected)
    {
        var environment = new Dictionary<string, string?> { ["CI"] = ci, ["NO_COLOR"] = noColor, ["TERM"] = term };

        Assert.Equal(expected, TerminalCapabilities.AllowsDecoration(name => environment.GetValueOrDefault(name)));
    }

    [Fact]
    public void Build_WithRedirectedOutputOnAColourTerminal_PrintsNoEscapeCodesAndNoProgress()
    {
        var environment = new Dictionary<string, string?> { ["CI"] = null, ["NO_COLOR"] = null, ["TERM"] = "xterm-256color" };
        var output = Path.Combine(_site.Root, "out");

        var result = CliRunner.RunProcess(_site.Root, environment, "build", "--source", _site.Source, "--theme", RepoRoot.DefaultTheme, "--output", output);
        var check = CliRunner.RunProcess(_site.Root, environment, "check", "--source", _site.Source, "--theme", RepoRoot.DefaultTheme);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.DoesNotContain('\u001b', result.Stdout + result.Stderr + check.Stdout + check.Stderr);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.StartsWith("Built 4 locales, ", result.Stdout);
    }

    [Fact]
    public void Build_Verbose_PrintsEachStageTimingToStderrAndQuiet_PrintsNothing()
    {
        var output = Path.Combine(_site.Root, "out");

        var verbose = CliRunner.Run("build", "--source", _site.Source, "--theme", RepoRoot.DefaultTheme, "--output", output, "--verbose");
        var quiet = CliRunner.Run("build", "--source", _site.Source, "--theme", RepoRoot.DefaultTheme, "--output", output, "--quiet");

        Assert.True(verbose.ExitCode == 0, verbose.ToString());
        foreach (var stage in new[] { BuildProgress.Content, BuildProgress.Markdown, BuildProgress.Pages, BuildProgress.Search, "total" })
        {
            Assert.Matches($@"(?m)^helpgen: {stage} +\d+\.\d\d s", verbose.Stderr);
        }

        Assert.Matches(@"(?m)^helpgen: cpu +\d+\.\d\d s  allocated \d+\.\d\d GB, [\d,]+/[\d,]+/[\d,]+ collections \(gen0/1/2\), paused \d+\.\d\d s, peak working set [\d,]+ MiB$", verbose.Stderr);

        Assert.StartsWith("Built ", verbose.Stdout);
        Assert.True(quiet.ExitCode == 0, quiet.ToString());
        Assert.Equal(string.Empty, quiet.Stdout + quiet.Stderr);
    }

    [Fact]
    public void Build_Quiet_StillPrintsErrors()
    {
        _site.Write("en/faq/c.md", "---\ntitle: C\n---\nSee [x](xref:faq/missing).\n");

        var result = CliRunner.Run("build", "--source", _site.Source, "--theme", RepoRoot.DefaultTheme, "--output", Path.Combine(_site.Root, "out"), "--quiet");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("error HG2003", result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void Check_Quiet_ReportsOnlyErrors()
    {
        _site.Write("fr/faq/a.md", "---\ntitle: A\n---\nText.\n");
        string[] check = ["check", "--source", _site.Source, "--theme", RepoRoot.DefaultTheme, "--format", "json"];

        var normal = CliRunner.Run(check);
        var quiet = CliRunner.Run([.. check, "--quiet"]);

        Assert.True(normal.ExitCode == 0, normal.ToString());
        Assert.Contains("HG1008", normal.Stdout);
        Assert.True(quiet.ExitCode == 0, quiet.ToString());
        Assert.DoesNotContain("HG1008", quiet.Stdout);
        Assert.Contains("\"problems\"", quiet.Stdout);
    }

    [Fact]
    public async Task LiveProgress_OnAnInteractiveConsole_DrawsStagesCountsAndHosts()
    {
        var console = new TestConsole().Interactive().EmitAnsiSequences();

        var answer = await LiveProgress.RunAsync(console, progress =>
        {
            progress.Report(new BuildProgress(BuildProgress.Pages, 0, 2500));
            progress.Report(new BuildProgress(BuildProgress.Pages, 1200, 2500));
            progress.Report(new BuildProgress(BuildProgress.ExternalLinks, 0, 9));
            progress.Report(new BuildProgress(BuildProgress.ExternalLinks, 1, 4, "example.org"));
            return Task.FromResult(42);
        });

        Assert.Equal(42, answer);
        Assert.Contains(BuildProgress.Pages, console.Output);
        Assert.Contains("0/2,500", console.Output);
        Assert.Contains("example.org", console.Output);
        Assert.Contains("\u001b[", console.Output);
    }

    public void Dispose() => _site.Dispose();
}
