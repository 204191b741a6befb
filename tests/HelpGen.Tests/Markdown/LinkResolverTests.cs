using HelpGen.Diagnostics;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Markdown;

public sealed class LinkResolverTests
{
    private const string Target = "-- en/registration/sign-up.md --\n---\ntitle: Sign up\n---\n## Step 2\n";

    [Fact]
    public void Build_WithUnresolvedXref_ReportsHG2003AtTheLinksLineAndColumn()
    {
        using var site = TempSite.Create(Target + "-- en/faq/a.md --\n---\ntitle: A\n---\nIntro.\n\nSee [the page](xref:registration/missing) now.\n");

        var error = site.Build().Single(DiagnosticCodes.UnresolvedXref);

        Assert.EndsWith("en/faq/a.md", error.File);
        Assert.Equal((6, 5), (error.Line, error.Column));
        Assert.Matches(@"en/faq/a\.md:6:5: error HG2003: ", error.ToString());
    }

    [Fact]
    public void Build_WithMdLinkToNoArticle_ReportsHG2003()
    {
        using var site = TempSite.Create(Target + "-- en/faq/a.md --\n---\ntitle: A\n---\n[x](../registration/nothing.md)\n");

        var error = site.Build().Single(DiagnosticCodes.UnresolvedXref);

        Assert.Equal((4, 1), (error.Line, error.Column));
    }

    [Fact]
    public void Build_WithMissingAnchor_ReportsHG2002()
    {
        using var site = TempSite.Create(Target + "-- en/faq/a.md --\n---\ntitle: A\n---\n\n- [see](xref:registration/sign-up#step-9)\n");

        var error = site.Build().Single(DiagnosticCodes.MissingAnchor);

        Assert.EndsWith("en/faq/a.md", error.File);
        Assert.Equal((5, 3), (error.Line, error.Column));
    }

    [Fact]
    public void Build_WithMissingImage_ReportsHG2004()
    {
        using var site = TempSite.Create(Target + "-- en/faq/a.md --\n---\ntitle: A\n---\n![map](../../assets/missing.png)\n");

        var error = site.Build().Single(DiagnosticCodes.MissingResource);

        Assert.Equal((4, 1), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("![diagram](diagram.png)")]
    [InlineData("![diagram](/images/diagram.png)")]
    [InlineData("[form](../files/form.pdf)")]
    [InlineData("![up](../../../../outside.png)")]
    public void Build_WithImageOrFileOutsideAssets_ReportsHG2004(string markdown)
    {
        using var site = TempSite.Create(Target + $"-- en/faq/a.md --\n---\ntitle: A\n---\n{markdown}\n-- en/faq/diagram.png --\nPNG\n");

        var error = site.Build().Single(DiagnosticCodes.MissingResource);

        Assert.Equal((4, 1), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("[section](../)")]
    [InlineData("[old page](/old/page.html)")]
    [InlineData("[top](#top)")]
    public void Build_WithLinksToPages_LeavesThemToCheck(string markdown)
    {
        using var site = TempSite.Create(Target + $"-- en/faq/a.md --\n---\ntitle: A\n---\n{markdown}\n");

        site.Build().AssertNoErrors();
    }

    [Fact]
    public void Build_WithLinkToDraft_IsUnresolvedUnlessDraftsAreBuilt()
    {
        using var site = TempSite.Create("-- en/faq/wip.md --\n---\ntitle: WIP\ndraft: true\n---\n-- en/faq/a.md --\n---\ntitle: A\n---\n[wip](xref:faq/wip)\n");

        Assert.Single(site.Build().WithCode(DiagnosticCodes.UnresolvedXref));
        var withDrafts = site.Build(drafts: true);
        withDrafts.AssertNoErrors();
        Assert.Contains("<a href=\"../wip/\">wip</a>", withDrafts.Text("en-us/faq/a/index.html"));
    }

    [Fact]
    public void Build_WithXrefToUntranslatedArticle_UsesTheFallbackLanguage()
    {
        using var site = TempSite.Create("-- site.yml --\n" + TempSite.StandardConfig + "\nfallback: en\n" + Target + "-- de/faq/a.md --\n---\ntitle: A\n---\n[x](xref:registration/sign-up)\n");

        var result = site.Build();

        result.AssertNoErrors();
        Assert.Contains("<a href=\"../../registration/sign-up/\">x</a>", result.Text("de-de/faq/a/index.html"));
    }

    [Fact]
    public void Build_WithErrorsInSeveralArticles_ReportsAllOfThem()
    {
        using var site = TempSite.Create(Target + "-- en/faq/a.md --\n---\ntitle: A\n---\n[x](xref:nope/a)\n-- en/faq/b.md --\n---\ntitle: B\n---\n[y](xref:nope/b) [z](xref:nope/c)\n");

        var result = site.Build(keepOutputOnErrors: false);

        Assert.Null(result.Output);
        Assert.Equal(3, result.WithCode(DiagnosticCodes.UnresolvedXref).Count);
    }
}
