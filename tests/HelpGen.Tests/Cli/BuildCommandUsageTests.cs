using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Cli;

/// <summary>Bad usage and configuration: every case exits with 2 and writes nothing.</summary>
public sealed class BuildCommandUsageTests : IDisposable
{
    private readonly TempSite _site = TempSite.Create("-- en/faq/a.md --\n---\ntitle: A\n---\nText.\n");

    private string Output => Path.Combine(_site.Root, "_site");

    [Theory]
    [InlineData("--base-url", "not a url")]
    [InlineData("--base-url", "ftp://example.org/")]
    public void Build_WithBadOptionValue_ExitsTwo(string option, string value)
    {
        var result = CliRunner.Run("build", "--source", _site.Source, "--theme", RepoRoot.DefaultTheme, "--output", Output, option, value);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Matches(@"error HG000\d: ", result.Stderr);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void Build_WithMissingThemeFolder_ExitsTwo()
    {
        var result = CliRunner.Run("build", "--source", _site.Source, "--theme", Path.Combine(_site.Root, "no-theme"), "--output", Output);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("error HG0006: ", result.Stderr);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void Build_WithMissingSourceFolder_ExitsTwo()
    {
        var result = CliRunner.Run("build", "--source", Path.Combine(_site.Root, "nothing"), "--theme", RepoRoot.DefaultTheme, "--output", Output);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("error HG0005: ", result.Stderr);
    }

    [Fact]
    public void Build_WithOutputInsideTheSource_ExitsTwo()
    {
        var result = CliRunner.Run("build", "--source", _site.Source, "--theme", RepoRoot.DefaultTheme, "--output", Path.Combine(_site.Source, "_site"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("error HG0003: ", result.Stderr);
        Assert.False(Directory.Exists(Path.Combine(_site.Source, "_site")));
    }

    [Fact]
    public void Build_WithBaseUrlOption_ExitsZeroAndUsesIt()
    {
        var result = CliRunner.Run("build", "--source", _site.Source, "--theme", RepoRoot.DefaultTheme, "--output", Output, "--base-url", "https://docs.example.com/help");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("<loc>https://docs.example.com/help/en-us/faq/a/</loc>", File.ReadAllText(Path.Combine(Output, "sitemap.xml")));
    }

    [Fact]
    public void Build_WithLanguageFolderNoLocaleUses_PrintsTheWarningAndExitsZero()
    {
        _site.Write("fr/faq/a.md", "---\ntitle: A\n---\n");

        var result = CliRunner.Run("build", "--source", _site.Source, "--theme", RepoRoot.DefaultTheme, "--output", Output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"/src/fr:1:1: warning HG1008: ", result.Stderr);
        Assert.EndsWith("(0 errors, 1 warning).\n", result.Stdout);
        Assert.True(File.Exists(Path.Combine(Output, "en-us", "faq", "a", "index.html")));
    }

    [Fact]
    public void Help_ListsTheBuildOptionsAndExitsZero()
    {
        var result = CliRunner.Run("build", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.All(new[] { "--source", "--theme", "--output", "--drafts", "--base-url" }, o => Assert.Contains(o, result.Stdout));
    }

    public void Dispose() => _site.Dispose();
}
