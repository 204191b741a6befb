using HelpGen.Diagnostics;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Building;

public sealed class EdgeCaseTests
{
    [Fact]
    public void Build_WithBrokenXrefInArticleShownByEveryLocale_ReportsItOnce()
    {
        using var site = TempSite.Create("-- site.yml --\n" + TempSite.StandardConfig + "\nfallback: en\n-- en/faq/a.md --\n---\ntitle: A\n---\n[x](xref:faq/missing)\n");

        var result = site.Build();

        Assert.Equal(4, result.Output!.Files.Count(f => f.Path.EndsWith("faq/a/index.html", StringComparison.Ordinal)));
        Assert.Single(result.WithCode(DiagnosticCodes.UnresolvedXref));
    }

    [Theory]
    [InlineData("/assets/guide.html")]
    [InlineData("/robots.txt/")]
    [InlineData("/en-us/faq/a/index.html/old.html")]
    [InlineData("/theme/old.html")]
    public void Build_WithAliasOverAnAssetOrThroughAFile_ReportsHG1012(string alias)
    {
        using var site = TempSite.Create($"-- en/faq/a.md --\n---\ntitle: A\naliases: ['{alias}']\n---\n-- assets/guide.html --\n<p>guide</p>\n");

        var result = site.Build();

        Assert.Single(result.WithCode(DiagnosticCodes.AliasCollision));
        Assert.Equal("<p>guide</p>\n", result.Text("assets/guide.html"));
    }

    [Fact]
    public void Build_WithBareAndAngleBracketUrls_MarksThemNoopener()
    {
        using var site = TempSite.Create("-- en/faq/a.md --\n---\ntitle: A\n---\nSee <https://example.org/a> and https://example.org/b today.\n");

        var page = site.Build().Text("en-us/faq/a/index.html");

        Assert.Contains("<a href=\"https://example.org/a\" rel=\"noopener\">", page);
        Assert.Contains("<a href=\"https://example.org/b\" rel=\"noopener\">", page);
    }
}
