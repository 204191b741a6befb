using AngleSharp.Html.Parser;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Cli;

/// <summary><c>new --title</c> writes any one-line title as valid YAML: new → build → the page's &lt;title&gt; gives it back.</summary>
public sealed class NewTitleRoundTripTests
{
    private static readonly string[] Titles =
    [
        "Plain", "Back\\slash", "C:\\Users\\me", "\"Double quoted\"", "'Single quoted'", "It's", "Key: value", "a: b: c",
        "# not a comment", "Hash # inside", "- leading dash", "-- two dashes", "? question", "! tag", "& anchor", "* alias",
        "[brackets]", "{braces}", "| pipe", "> folded", "% percent", "@ at", "` backtick", "yes", "null", "123", "1e3",
        "trailing space ", "Ünïcödé — “quotes” 日本語", "<b>not bold</b> &amp; \\n literal",
    ];

    [Fact]
    public void New_WithThirtyAwkwardTitles_EachBuildsToTheSameTitle()
    {
        Assert.Equal(30, Titles.Length);
        using var site = TempSite.Create("-- en/faq/a.md --\n---\ntitle: A\n---\nA.\n");
        for (var i = 0; i < Titles.Length; i++)
        {
            var created = CliRunner.Run("new", $"faq/t{i}", "--source", site.Source, "--title", Titles[i]);
            Assert.True(created.ExitCode == 0, created.ToString());
        }

        var result = site.Build(keepOutputOnErrors: false);

        result.AssertNoErrors();
        var parser = new HtmlParser();
        for (var i = 0; i < Titles.Length; i++)
        {
            var page = result.Output!.Files.Single(f => f.Path == $"en-us/faq/t{i}/index.html");
            var title = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(page.Content)).Title;
            Assert.Equal($"{Titles[i].Trim()} · Help Center", title);
        }
    }

    [Theory]
    [InlineData("two\nlines")]
    [InlineData("carriage\rreturn")]
    [InlineData("tab\there")]
    [InlineData("   ")]
    public void New_WithALineBreakOrControlCharacterInTheTitle_ExitsTwoAndCreatesNothing(string title)
    {
        using var site = TempSite.Create("-- en/faq/a.md --\n---\ntitle: A\n---\nA.\n");

        var result = CliRunner.Run("new", "faq/bad", "--source", site.Source, "--title", title);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("error HG0003", result.Stderr);
        Assert.False(File.Exists(site.Path("en/faq/bad.md")));
    }
}
