using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Cli;

public sealed class NewCommandTests
{
    [Fact]
    public void New_InAListedSection_CreatesAnArticleThatBuilds()
    {
        using var site = TempSite.Create("-- en/faq/a.md --\n---\ntitle: A\n---\nA.\n");

        var result = CliRunner.Run("new", "faq/change-email", "--source", site.Source, "--title", "Change \"your\" email");

        Assert.True(result.ExitCode == 0, result.ToString());
        var text = File.ReadAllText(site.Path("en/faq/change-email.md"));
        Assert.StartsWith("---\ntitle: 'Change \"your\" email'\n", text);
        site.Build(keepOutputOnErrors: false).AssertNoErrors();
    }

    [Theory]
    [InlineData("nosuch/article")]
    [InlineData("faq/../../escape")]
    [InlineData("faq")]
    public void New_WithAnUnusableKey_ExitsWith2AndCreatesNothing(string key)
    {
        using var site = TempSite.Create("-- en/faq/a.md --\n---\ntitle: A\n---\nA.\n");

        var result = CliRunner.Run("new", key, "--source", site.Source);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(Directory.GetFiles(site.Source, "*.md", SearchOption.AllDirectories));
    }

    [Fact]
    public void New_ForAnExistingArticle_RefusesToOverwriteIt()
    {
        using var site = TempSite.Create("-- en/faq/a.md --\n---\ntitle: A\n---\nA.\n");

        var result = CliRunner.Run("new", "faq/a", "--source", site.Source);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("---\ntitle: A\n", File.ReadAllText(site.Path("en/faq/a.md")));
    }
}
