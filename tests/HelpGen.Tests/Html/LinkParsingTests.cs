using HelpGen.Html;

namespace HelpGen.Tests.Html;

public sealed class LinkParsingTests
{
    [Theory]
    [InlineData("a.png 1x, b.png 2x", "a.png|b.png")]
    [InlineData("a.png,b.png", "a.png,b.png")]
    [InlineData(" a.png, b.png 480w , c.png (max-width: 3px, 1px) 2x, d.png", "a.png|b.png|c.png|d.png")]
    public void SrcsetParser_ReadsEveryCandidateUrl(string srcset, string urls) =>
        Assert.Equal(urls.Split('|'), SrcsetParser.Urls(srcset).ToArray());

    [Theory]
    [InlineData("0; url=/en-us/", "/en-us/")]
    [InlineData("0;URL='/a b/'", "/a b/")]
    [InlineData("5, \"x.html\"", "x.html")]
    [InlineData("0; /plain/", "/plain/")]
    public void RefreshParser_ReadsTheTarget(string content, string url) =>
        Assert.Equal(url, RefreshParser.Url(content));

    [Theory]
    [InlineData("30")]
    [InlineData("0; url=")]
    public void RefreshParser_WithoutTarget_GivesNull(string content) =>
        Assert.Null(RefreshParser.Url(content));
}
