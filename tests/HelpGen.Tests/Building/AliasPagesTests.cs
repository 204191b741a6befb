using HelpGen.Building;
using HelpGen.Diagnostics;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Building;

public sealed class AliasPagesTests
{
    private static string Article(string aliases) => $"---\ntitle: Forgot password\naliases: {aliases}\n---\nText.\n";

    [Fact]
    public void Build_WithAliases_WritesRedirectPagesWithRefreshCanonicalAndLink()
    {
        using var site = TempSite.Create($"-- en/faq/forgot.md --\n{Article("[/old/reset.html, /old/password/]")}");

        var result = site.Build();

        result.AssertNoErrors();
        var file = result.Text("old/reset.html");
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=../en-us/faq/forgot/\">", file);
        Assert.Contains("<link rel=\"canonical\" href=\"https://help.example.org/en-us/faq/forgot/\">", file);
        Assert.Contains("<a href=\"../en-us/faq/forgot/\">", file);
        Assert.Contains("url=../../en-us/faq/forgot/", result.Text("old/password/index.html"));
    }

    [Fact]
    public void Build_WithAliasOfRussianKzVariant_RedirectsToTheFirstLocaleOfItsLanguageThatShowsIt()
    {
        using var site = TempSite.Create($"-- ru/faq/kz.md --\n---\ntitle: Только KZ\ncountries: [KZ]\naliases: [/old/kz.html]\n---\n");

        var result = site.Build();

        Assert.Contains("url=../ru-kz/faq/kz/", result.Text("old/kz.html"));
    }

    [Theory]
    [InlineData("[/../outside.html]")]
    [InlineData("[/old/../../outside.html]")]
    [InlineData("[old/relative.html]")]
    [InlineData("['/old\\\\x.html']")]
    [InlineData("['/old/x.html?y=1']")]
    public void Build_WithAliasEscapingTheSite_ReportsHG1011(string aliases)
    {
        using var site = TempSite.Create($"-- en/faq/forgot.md --\n{Article(aliases)}");

        var result = site.Build();

        var error = result.Single(DiagnosticCodes.AliasInvalid);
        Assert.EndsWith("en/faq/forgot.md", error.File);
        Assert.Equal(3, error.Line);
        Assert.DoesNotContain(result.Output!.Files, f => f.Path.Contains("..", StringComparison.Ordinal) || f.Path.Contains("outside", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_WithEscapingAliasInBlockList_ReportsTheLineOfThatAlias()
    {
        using var site = TempSite.Create("-- en/faq/forgot.md --\n---\ntitle: Forgot\naliases:\n  - /old/ok.html\n  - /../../etc/passwd.html\n---\n");

        var result = site.Build();

        var error = result.Single(DiagnosticCodes.AliasInvalid);
        Assert.Equal((5, 5), (error.Line, error.Column));
        Assert.True(result.Has("old/ok.html"));
    }

    [Fact]
    public void Build_WithAliasOverAPage_ReportsHG1012()
    {
        using var site = TempSite.Create($"-- en/faq/forgot.md --\n{Article("[/en-us/]")}");

        var result = site.Build();

        result.Single(DiagnosticCodes.AliasCollision);
        Assert.DoesNotContain("http-equiv=\"refresh\"", result.Text("en-us/index.html"));
    }

    [Fact]
    public void Build_WithTwoArticlesClaimingOneAlias_ReportsHG1012()
    {
        using var site = TempSite.Create($"-- en/faq/a.md --\n{Article("[/old/x.html]")}-- en/faq/b.md --\n{Article("[/OLD/x.html]")}");

        Assert.EndsWith("en/faq/b.md", site.Build().Single(DiagnosticCodes.AliasCollision).File);
    }

    [Theory]
    [InlineData("/old/a.html", "old/a.html")]
    [InlineData("/old/a/", "old/a/index.html")]
    [InlineData("/old//a", "old/a/index.html")]
    [InlineData("/..", null)]
    [InlineData("/a/./b", null)]
    [InlineData("/", null)]
    [InlineData("https://x/a.html", null)]
    public void FilePath_MapsAliasesToSafeFiles(string alias, string? expected) =>
        Assert.Equal(expected, HelpGen.Content.AliasPath.FilePath(alias));
}
