using HelpGen.Checks.Resolution;

namespace HelpGen.Tests.Checks;

public sealed class UrlResolverTests
{
    private readonly UrlResolver _resolver = new("https://help.example.org/");

    [Theory]
    [InlineData("../b/", "en-us/faq/b/", null)]
    [InlineData("/assets/x%20y.png", "assets/x y.png", null)]
    [InlineData("../%D1%88%D0%B0%D0%B3/#%D1%88-1", "en-us/faq/шаг/", "ш-1")]
    [InlineData("../шаг/#ш-1", "en-us/faq/шаг/", "ш-1")]
    [InlineData("?q=1#r", "en-us/faq/a/index.html", "r")]
    [InlineData("./../../faq/./a/", "en-us/faq/a/", null)]
    [InlineData("https://HELP.example.org/ru-ru/", "ru-ru/", null)]
    [InlineData(" \n../b/\t ", "en-us/faq/b/", null)]
    public void Resolve_RelativeOrUnderBaseUrl_GivesDecodedSitePath(string href, string path, string? fragment)
    {
        var target = _resolver.Resolve("en-us/faq/a/index.html", href);

        Assert.Equal((TargetKind.Internal, path, fragment), (target.Kind, target.Path, target.Fragment));
    }

    [Fact]
    public void JoinPlain_OfPlainPaths_IsWhatUriComputes()
    {
        string[] parts = ["a", "b.html", "index.html", "", ".", "..", "x-y_z~", "...", ".a", "a."];
        string[] pages = ["/index.html", "/en-us/faq/a/index.html", "/en-us/faq/", "/404.html", "/a/b/c/d/"];
        var random = new Random(7);
        var compared = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var page = pages[random.Next(pages.Length)];
            var href = string.Join('/', Enumerable.Range(0, random.Next(1, 6)).Select(_ => parts[random.Next(parts.Length)]));
            href = random.Next(4) == 0 ? "/" + href : href;
            // Uri's answer, or null where it leaves the site (//host) or gives none.
            var viaUri = Uri.TryCreate(new Uri("https://site.invalid" + page), href, out var uri) && uri.Host == "site.invalid"
                ? Uri.UnescapeDataString(uri.AbsolutePath).TrimStart('/')
                : null;

            Assert.True(viaUri == UrlResolver.JoinPlain(page, href), $"{page} + '{href}': Uri gives '{viaUri}', JoinPlain '{UrlResolver.JoinPlain(page, href)}'");
            compared++;
        }

        Assert.True(compared > 15_000);
    }

    [Theory]
    [InlineData("/en-us/a/index.html", "x%20y")]
    [InlineData("/en-us/a/index.html", "шаг/")]
    [InlineData("/en-us/a/index.html", "a?b")]
    [InlineData("/en-us/%D1%88/index.html", "b/")]
    [InlineData("/en-us/a/index.html", "//other.example/")]
    public void JoinPlain_OfEscapesOrOtherCharacters_LeavesThemToUri(string page, string href) =>
        Assert.Null(UrlResolver.JoinPlain(page, href));

    [Theory]
    [InlineData("mailto:a@example.org")]
    [InlineData("TEL:+7800")]
    [InlineData("javascript:void(0)")]
    [InlineData("data:image/png;base64,AAAA")]
    [InlineData("")]
    public void Resolve_NonWebScheme_IsSkipped(string href) =>
        Assert.Equal(TargetKind.Skipped, _resolver.Resolve("en-us/index.html", href).Kind);

    [Theory]
    [InlineData("https://example.com/x", "https://example.com/x")]
    [InlineData("//cdn.example.com/a.js", "https://cdn.example.com/a.js")]
    public void Resolve_OtherHost_IsExternal(string href, string url)
    {
        var target = _resolver.Resolve("en-us/index.html", href);

        Assert.Equal((TargetKind.External, url), (target.Kind, target.Path));
    }

    [Fact]
    public void Resolve_WithBaseElement_ResolvesAgainstIt() =>
        Assert.Equal("en-us/faq/", _resolver.Resolve("en-us/faq/a/index.html", "faq/", "/en-us/").Path);

    [Fact]
    public void Resolve_XrefLeftInHtml_IsXref() =>
        Assert.Equal(TargetKind.Xref, _resolver.Resolve("en-us/index.html", "xref:faq/a").Kind);

    [Theory]
    [InlineData("#intro:~:text=Intro", "intro")]
    [InlineData("#:~:text=Intro", "")]
    [InlineData("../b/#step-1:~:text=a,b", "step-1")]
    public void Resolve_TextFragment_KeepsOnlyThePartBeforeTheDirective(string href, string fragment) =>
        Assert.Equal(fragment, _resolver.Resolve("en-us/faq/a/index.html", href).Fragment);

    [Theory]
    [InlineData("guide/", "https://other.example/docs/guide/")]
    [InlineData("/pricing", "https://other.example/pricing")]
    [InlineData("#x", "https://other.example/docs/#x")]
    public void Resolve_WithBaseOnAnotherHost_IsExternal(string href, string url)
    {
        var target = _resolver.Resolve("en-us/index.html", href, "https://other.example/docs/");

        Assert.Equal((TargetKind.External, url), (target.Kind, target.Path));
    }

    [Fact]
    public void Resolve_WithBaseUnderTheBaseUrl_StaysInternal() =>
        Assert.Equal((TargetKind.Internal, "ru-ru/faq/"), Pair(_resolver.Resolve("en-us/index.html", "faq/", "https://help.example.org/ru-ru/")));

    [Theory]
    [InlineData("//////")]
    [InlineData("https:///x")]
    [InlineData("file:///C:/help/a.html")]
    [InlineData("File://server/share/a.html")]
    public void Resolve_FileOrHostlessUrl_IsInvalid(string href) =>
        Assert.Equal(TargetKind.Invalid, _resolver.Resolve("en-us/index.html", href).Kind);

    private static (TargetKind, string) Pair(ResolvedTarget target) => (target.Kind, target.Path);
}
