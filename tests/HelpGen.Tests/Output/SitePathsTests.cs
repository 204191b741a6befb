using HelpGen.Building;
using HelpGen.Output;

namespace HelpGen.Tests.Output;

public sealed class SitePathsTests
{
    [Theory]
    [InlineData("en-us/faq/a/", "en-us/faq/b/", "../b/")]
    [InlineData("en-us/faq/a/", "en-us/faq/a/", "./")]
    [InlineData("en-us/faq/a/", "ru-kz/payouts/x/", "../../../ru-kz/payouts/x/")]
    [InlineData("en-us/", "en-us/faq/", "faq/")]
    [InlineData("", "en-us/", "en-us/")]
    [InlineData("en-us/faq/a/", "assets/map.png", "../../../assets/map.png")]
    [InlineData("old/", "en-us/faq/", "../en-us/faq/")]
    public void Relative_LeadsFromOneFolderToAnother(string from, string to, string expected) =>
        Assert.Equal(expected, SitePaths.Relative(from, to));

    [Theory]
    [InlineData("en-us/faq/a/", "en-us/faq/b/", LinkStyle.IndexHtml, "../b/index.html")]
    [InlineData("en-us/", "en-us/", LinkStyle.IndexHtml, "index.html")]
    [InlineData("en-us/", "en-us/", LinkStyle.Directory, "./")]
    public void Page_WritesTheLinkStyle(string from, string to, LinkStyle style, string expected) =>
        Assert.Equal(expected, SitePaths.Page(from, to, style));

    [Theory]
    [InlineData("", "")]
    [InlineData("en-us/", "../")]
    [InlineData("en-us/faq/a/", "../../../")]
    public void Root_CountsTheFolders(string folder, string expected) =>
        Assert.Equal(expected, SitePaths.Root(folder));

    [Fact]
    public void Relative_AgreesWithSplittingIntoSegmentsForEveryPairOfPaths()
    {
        string[] folders = ["", "en-us/", "en-us/faq/", "en-us/faq/a/", "en-us/faq/ab/", "en-us/fa/a/", "ru-kz/faq/a/", "old/", "en-us/faq/a", "/en-us//faq/"];
        string[] targets = ["", "en-us/", "en-us/faq/", "en-us/faq/a/", "en-us/faq/ab/", "en-us/faqs/a/", "assets/map.png", "en-us/faq/a/x.png", "en-us", "ru-kz/faq/"];

        foreach (var from in folders)
        {
            foreach (var to in targets)
            {
                Assert.True(BySegments(from, to) == SitePaths.Relative(from, to), $"{from} -> {to}: expected {BySegments(from, to)}, got {SitePaths.Relative(from, to)}");
            }
        }
    }

    /// <summary>The plain definition: drop the common folders, go up from the rest, then down.</summary>
    private static string BySegments(string fromFolder, string to)
    {
        var from = fromFolder.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var target = to.Split('/');
        var common = 0;
        while (common < from.Length && common < target.Length - 1 && from[common] == target[common]) common++;
        var url = string.Concat(Enumerable.Repeat("../", from.Length - common)) + string.Join('/', target.Skip(common));
        return url.Length == 0 ? "./" : url;
    }
}
