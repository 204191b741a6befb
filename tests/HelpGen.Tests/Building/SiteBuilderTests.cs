using HelpGen.Building;
using HelpGen.Diagnostics;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Building;

public sealed class SiteBuilderTests
{
    private const string CountryFiles = """
        -- ru/registration/sign-up.md --
        ---
        title: Регистрация
        ---
        GENERIC-TEXT
        -- ru/registration/sign-up.kz.md --
        ---
        title: Регистрация в Казахстане
        ---
        KZ-VARIANT-TEXT
        -- ru/payouts/kz-only.md --
        ---
        title: Только для Казахстана
        countries: [KZ]
        ---
        KZ-ONLY-TEXT
        -- en/registration/sign-up.md --
        ---
        title: Sign up
        ---
        EN-TEXT
        """;

    [Fact]
    public void Build_WithCountryVariant_ShowsItsTextUnderRuKzOnly()
    {
        using var site = TempSite.Create(CountryFiles);
        var result = site.Build();
        result.AssertNoErrors();

        var kz = result.Text("ru-kz/registration/sign-up/index.html");
        var ru = result.Text("ru-ru/registration/sign-up/index.html");

        Assert.Contains("KZ-VARIANT-TEXT", kz);
        Assert.DoesNotContain("GENERIC-TEXT", kz);
        Assert.Contains("GENERIC-TEXT", ru);
        Assert.DoesNotContain("KZ-VARIANT-TEXT", ru);
        var everywhereElse = result.Output!.Files.Where(f => !f.Path.StartsWith("ru-kz/", StringComparison.Ordinal));
        Assert.DoesNotContain(everywhereElse, f => System.Text.Encoding.UTF8.GetString(f.Content).Contains("KZ-VARIANT-TEXT"));
    }

    [Fact]
    public void Build_WithKzOnlyArticle_WritesItUnderRuKzOnly()
    {
        using var site = TempSite.Create(CountryFiles);
        var result = site.Build();

        Assert.Contains("KZ-ONLY-TEXT", result.Text("ru-kz/payouts/kz-only/index.html"));
        Assert.DoesNotContain(result.Output!.Files, f => f.Path.Contains("kz-only", StringComparison.Ordinal) && !f.Path.StartsWith("ru-kz/", StringComparison.Ordinal));
        Assert.True(result.Has("ru-kz/payouts/index.html"));
        Assert.False(result.Has("ru-ru/payouts/index.html"));
    }

    [Fact]
    public void Build_WritesTheExpectedPagesForEveryLocale()
    {
        using var site = TempSite.Create(CountryFiles);
        var result = site.Build();

        string[] expected =
        [
            "404.html", "index.html", "robots.txt", "sitemap.xml", "_headers", "_redirects",
            "en-us/404.html", "de-de/404.html", "ru-ru/404.html", "ru-kz/404.html",
            "en-us/index.html", "en-us/registration/index.html", "en-us/registration/sign-up/index.html", "en-us/search/index.html",
            "de-de/index.html", "de-de/search/index.html",
            "ru-kz/index.html", "ru-kz/payouts/index.html", "ru-kz/payouts/kz-only/index.html", "ru-kz/registration/index.html", "ru-kz/registration/sign-up/index.html", "ru-kz/search/index.html",
            "ru-ru/index.html", "ru-ru/registration/index.html", "ru-ru/registration/sign-up/index.html", "ru-ru/search/index.html",
        ];
        var pages = result.Output!.Files.Select(f => f.Path)
            .Where(p => !p.StartsWith("theme/", StringComparison.Ordinal) && !(p.Contains("/search/", StringComparison.Ordinal) && p.EndsWith(".json", StringComparison.Ordinal)))
            .ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), pages);
        Assert.All(["en-us", "de-de", "ru-ru", "ru-kz"], locale => Assert.True(result.Has($"{locale}/search/manifest.json")));
        Assert.Equal(4, result.LocaleCount);
    }

    [Fact]
    public void Build_HomePage_ListsOnlyTheLocalesNonEmptySections()
    {
        using var site = TempSite.Create(CountryFiles);
        var result = site.Build();

        Assert.Contains("payouts/", result.Text("ru-kz/index.html"));
        Assert.DoesNotContain("payouts/", result.Text("ru-ru/index.html"));
        Assert.DoesNotContain("faq/", result.Text("ru-kz/index.html"));
    }

    [Fact]
    public void Build_WithDraft_WritesItOnlyWithDrafts()
    {
        using var site = TempSite.Create("-- en/faq/wip.md --\n---\ntitle: WIP\ndraft: true\n---\n-- en/faq/done.md --\n---\ntitle: Done\n---\n");

        Assert.False(site.Build().Has("en-us/faq/wip/index.html"));
        Assert.True(site.Build(drafts: true).Has("en-us/faq/wip/index.html"));
    }

    [Fact]
    public void Build_WithContentErrors_ReturnsNoOutput()
    {
        using var site = TempSite.Create("-- en/faq/a.md --\n---\ntitle: A\n");

        var result = site.Build(keepOutputOnErrors: false);

        Assert.Null(result.Output);
        Assert.False(result.HasConfigurationErrors);
        Assert.Single(result.WithCode(DiagnosticCodes.FrontMatterUnclosed));
    }

    [Fact]
    public void Build_WithMissingSourceFolder_IsAConfigurationError()
    {
        var result = new SiteBuilder().Build(new BuildOptions(Path.Combine(Path.GetTempPath(), "helpgen-no-such-folder"), RepoRoot.DefaultTheme));

        Assert.Null(result.Output);
        Assert.True(result.HasConfigurationErrors);
        Assert.Single(result.WithCode(DiagnosticCodes.SourceFolderMissing));
    }

    [Fact]
    public void Build_WithAssets_CopiesThemAsTheyAre()
    {
        using var site = TempSite.Create("-- en/faq/a.md --\n---\ntitle: A\n---\n");
        byte[] bytes = [0, 1, 2, 0xFF, 0xFE];
        site.WriteBytes("assets/files/form.bin", bytes);

        Assert.Equal(bytes, site.Build().Output!.Find("assets/files/form.bin")!.Content);
    }

    [Fact]
    public void Build_EscapesFrontMatterTextInPages()
    {
        using var site = TempSite.Create("-- en/faq/a.md --\n---\ntitle: \"<script>alert(1)</script>\"\nsummary: \"a & b <i>\"\n---\n");

        var page = site.Build().Text("en-us/faq/a/index.html");

        Assert.DoesNotContain("<script>alert(1)</script>", page);
        Assert.Contains("&lt;script&gt;", page);
        Assert.DoesNotContain("<i>", page);
    }
}
