using System.IO.Compression;
using HelpGen.Building;
using HelpGen.Bundling;
using HelpGen.Content;
using HelpGen.Diagnostics;
using HelpGen.Output;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Building;

public sealed class HostFilesTests
{
    private const string Articles = """
        -- en/faq/forgot.md --
        ---
        title: Forgot password
        aliases: [/old/reset.html, /old/password/]
        ---
        -- ru/faq/kz.md --
        ---
        title: Только KZ
        countries: [KZ]
        aliases: [/старое/kz.html]
        ---
        """;

    [Fact]
    public void Build_WritesRedirects_AliasesAs301_RootByLanguageAndCountry_MissingPagesToTheLocale404()
    {
        using var site = TempSite.Create(Articles);

        var result = site.Build();

        result.AssertNoErrors();
        Assert.Equal("""
            # Written by helpgen build from front matter (aliases) and site.yml (locales).
            # Aliases: permanent redirects; the alias pages stay for hosts that read no _redirects.
            /%D1%81%D1%82%D0%B0%D1%80%D0%BE%D0%B5/kz.html  /ru-kz/faq/kz/  301!
            /old/password/  /en-us/faq/forgot/  301!
            /old/reset.html  /en-us/faq/forgot/  301!
            # The root: the reader's language (and country), else the locale chooser at /.
            /  /en-us/  302!  Language=en  Country=us
            /  /de-de/  302!  Language=de  Country=de
            /  /ru-ru/  302!  Language=ru  Country=ru
            /  /ru-kz/  302!  Language=ru  Country=kz
            /  /en-us/  302!  Language=en
            /  /de-de/  302!  Language=de
            /  /ru-ru/  302!  Language=ru
            # Missing pages: the locale's 404 page, else the site's.
            /en-us/*  /en-us/404.html  404
            /de-de/*  /de-de/404.html  404
            /ru-ru/*  /ru-ru/404.html  404
            /ru-kz/*  /ru-kz/404.html  404

            """.Replace("\r\n", "\n"), result.Text("_redirects"));
    }

    [Fact]
    public void Redirects_WhenALocaleHasItsOwn404Page_SendMissingPagesThereWithStatus404()
    {
        using var site = TempSite.Create(Articles);
        var plan = Plan(site);

        var redirects = Text(HostFiles.Create(plan, ["de-de/404.html"]), "_redirects");

        Assert.Contains("/de-de/*  /de-de/404.html  404\n", redirects);
        Assert.Contains("/en-us/*  /404.html  404\n", redirects);
    }

    [Fact]
    public void Build_WritesHeaders_WithTheCspAndSecurityHeadersForEveryPath()
    {
        using var site = TempSite.Create(Articles);

        var headers = site.Build().Text("_headers");

        Assert.StartsWith("# Written by helpgen build", headers);
        Assert.Contains($"/*\n  Content-Security-Policy: {HostFiles.ContentSecurityPolicy}\n  X-Content-Type-Options: nosniff\n", headers);
        Assert.Contains("\n  Referrer-Policy: strict-origin-when-cross-origin\n", headers);
        Assert.Contains("\n  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()\n", headers);
        Assert.Contains("\n  X-Frame-Options: DENY\n", headers);
        Assert.Contains("frame-ancestors 'none'", HostFiles.ContentSecurityPolicy);
        Assert.DoesNotContain("unsafe-inline", HostFiles.ContentSecurityPolicy);
    }

    [Fact]
    public void Headers_WithoutFingerprintedNames_CacheThemeForAnHourAndNothingForever()
    {
        using var site = TempSite.Create(Articles);

        var headers = Text(HostFiles.Create(Plan(site), ["theme/style.css", "en-us/search/t0.json"]), "_headers");

        Assert.EndsWith($"  Cache-Control: {HostFiles.ShortCache}\n/theme/*\n  Cache-Control: public, max-age=3600\n", headers);
        Assert.DoesNotContain("immutable", headers);
    }

    [Fact]
    public void Headers_WithFingerprintedNames_MakeThemeAndSearchShardsImmutable_ButNotTheManifestOrSearchPage()
    {
        using var site = TempSite.Create(Articles);
        OutputFile[] files =
        [
            new("theme/style.3f9a1c2e.css", []), new("theme/search.0011aabb.js", []),
            new("en-us/search/index.html", []), new("en-us/search/manifest.json", []), new("en-us/search/t0.12345678.json", []),
            new("de-de/search/manifest.json", []), new("de-de/search/t0.json", []),
        ];

        var headers = Text(HostFiles.Create(Plan(site), files.Select(f => f.Path)), "_headers");

        Assert.Contains($"/theme/*\n  Cache-Control: {HostFiles.ImmutableCache}\n", headers);
        Assert.EndsWith(
            $"/en-us/search/*\n  Cache-Control: {HostFiles.ImmutableCache}\n/en-us/search/\n  Cache-Control: {HostFiles.ShortCache}\n" +
            $"/en-us/search/index.html\n  Cache-Control: {HostFiles.ShortCache}\n/en-us/search/manifest.json\n  Cache-Control: {HostFiles.ShortCache}\n",
            headers);
        Assert.DoesNotContain("/de-de/search/", headers);
    }

    [Fact]
    public void Build_Twice_WritesByteIdenticalHostFiles()
    {
        using var site = TempSite.Create(Articles);

        var first = site.Build();
        var second = site.Build();

        Assert.Equal(first.Output!.Find("_redirects")!.Content, second.Output!.Find("_redirects")!.Content);
        Assert.Equal(first.Output!.Find("_headers")!.Content, second.Output!.Find("_headers")!.Content);
    }

    [Fact]
    public void Bundle_LeavesTheHostFilesOut()
    {
        using var site = TempSite.Create(Articles);
        var result = new SiteBuilder().Build(new BuildOptions(site.Source, RepoRoot.DefaultTheme, LinkStyle: LinkStyle.IndexHtml));

        using var zip = new ZipArchive(new MemoryStream(OfflineBundle.Create(result.Output!, null)));

        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("old/reset.html", names);
        Assert.DoesNotContain("_redirects", names);
        Assert.DoesNotContain("_headers", names);
    }

    private static SitePlan Plan(TempSite site)
    {
        var prepared = SiteBuilder.Prepare(new BuildOptions(site.Source, RepoRoot.DefaultTheme), null, new DiagnosticBag());
        Assert.NotNull(prepared);
        return prepared.Value.Plan;
    }

    private static string Text(IEnumerable<OutputFile> files, string path) =>
        System.Text.Encoding.UTF8.GetString(files.Single(f => f.Path == path).Content);
}
