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
}
