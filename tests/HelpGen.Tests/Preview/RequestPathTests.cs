using HelpGen.Diagnostics;
using HelpGen.Preview;

namespace HelpGen.Tests.Preview;

public sealed class RequestPathTests
{
    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/en-us/", "en-us/index.html")]
    [InlineData("/en-us/faq/contact/", "en-us/faq/contact/index.html")]
    [InlineData("/theme/style.css", "theme/style.css")]
    [InlineData("/en-us", "en-us")]
    public void ToSitePath_ForSitePaths_AddsIndexHtmlToFolders(string path, string expected)
    {
        Assert.Equal(expected, RequestPath.ToSitePath(path, path));
    }

    [Theory]
    [InlineData("/../secret.txt", "/../secret.txt")]
    [InlineData("/en-us/./index.html", "/en-us/./index.html")]
    [InlineData("/a//b", "/a//b")]
    [InlineData("/..\\secret.txt", "/..\\secret.txt")]
    [InlineData("/C:/Windows/win.ini", "/C:/Windows/win.ini")]
    [InlineData("/en-us/../../secret.txt", "/en-us/%2e%2e/%2e%2e/secret.txt")]
    [InlineData("/en-us/..%2fsecret.txt", "/en-us/..%2fsecret.txt")]
    [InlineData("/en-us/x", "/en-us%5cx")]
    [InlineData("/x\0", "/x%00")]
    [InlineData("relative", "relative")]
    public void ToSitePath_ForPathsThatCouldLeaveTheSite_IsNull(string decoded, string raw)
    {
        Assert.Null(RequestPath.ToSitePath(decoded, raw));
    }

    [Fact]
    public void Overlay_EscapesTheDiagnostic()
    {
        var error = new Diagnostic(Severity.Error, "HG1002", "bad <script>alert(1)</script> & more", "en/a<b>.md", 3, 7);

        var html = LiveReload.Overlay([error]);

        Assert.Contains("en/a&lt;b&gt;.md:3:7", html);
        Assert.Contains("bad &lt;script&gt;alert(1)&lt;/script&gt; &amp; more", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Equal(string.Empty, LiveReload.Overlay([]));
    }

    [Fact]
    public void Inject_PutsOverlayAndScriptBeforeTheLastBodyEnd()
    {
        var page = "<html><body><p>x</p></body></html>"u8.ToArray();

        var html = System.Text.Encoding.UTF8.GetString(LiveReload.Inject(page, "en-us/index.html", "e.3", notFound: false, []));

        Assert.Matches("<p>x</p><script src=\"/__helpgen/live.js\" data-helpgen-path=\"en-us/index.html\" data-helpgen-version=\"e.3\" data-helpgen-notfound=\"false\"></script>\n</body></html>$", html);
    }
}
