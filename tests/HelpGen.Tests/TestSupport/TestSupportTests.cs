namespace HelpGen.Tests.TestSupport;

public sealed class TestSupportTests
{
    [Fact]
    public void Parse_SplitsInlineFilesAtPathLines()
    {
        var files = TempSite.Parse("ignored\n-- a/b.md --\nline 1\nline 2\n-- c.yml --\nx: 1\n");

        Assert.Equal(["a/b.md", "c.yml"], files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("line 1\nline 2\n", files["a/b.md"]);
        Assert.Equal("x: 1\n", files["c.yml"]);
    }

    [Fact]
    public void Diff_ShowsTheFirstDifferingLineWithContext()
    {
        var diff = Golden.Diff("a\nb\nc\nd", "a\nb\nX\nd");

        Assert.Contains("first difference at line 3", diff);
        Assert.Contains("  b\n", diff);
        Assert.Contains("- c\n", diff);
        Assert.Contains("+ X\n", diff);
    }

    [Fact]
    public void RepoRoot_FindsTheSolution() =>
        Assert.True(File.Exists(Path.Combine(RepoRoot.Path, "HelpGen.sln")));
}
