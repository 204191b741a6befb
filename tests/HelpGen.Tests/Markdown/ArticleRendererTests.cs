using HelpGen.Configuration;
using HelpGen.Content;
using HelpGen.Diagnostics;
using HelpGen.Markdown;
using HelpGen.Output;
using HelpGen.Tests.TestSupport;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HelpGen.Tests.Markdown;

public sealed class ArticleRendererTests
{
    private const string Files = """
        -- ru/faq/a.md --
        ---
        title: А
        ---
        См. [регистрацию](xref:registration/sign-up#step) и [снова](xref:registration/sign-up#step), [налоги](xref:payouts/tax).
        -- ru/faq/b.md --
        ---
        title: Б
        ---
        См. [регистрацию](xref:registration/sign-up#step).
        -- ru/payouts/tax.md --
        ---
        title: Налоги
        countries: [RU]
        ---
        -- ru/registration/sign-up.md --
        ---
        title: Регистрация
        ---
        ## Step
        -- ru/registration/sign-up.kz.md --
        ---
        title: Регистрация в Казахстане
        ---
        ## Step
        """;

    private static (SitePlan Plan, LinkResolver Resolver, DiagnosticBag Bag) Prepare(TempSite site)
    {
        var bag = new DiagnosticBag();
        var config = SiteConfigLoader.Load(site.Source, bag)!;
        var plan = SitePlanner.Plan(ContentLoader.Load(site.Source, config, bag), includeDrafts: false);
        return (plan, new LinkResolver(plan, LinkStyle.Directory, bag), bag);
    }

    [Fact]
    public void Render_InTwoLocales_RewritesLinksPerPageAndLeavesTheParsedDocumentAsWritten()
    {
        using var site = TempSite.Create(Files);
        var (plan, resolver, _) = Prepare(site);
        var ruRu = plan.Find("ru-ru", "faq/a")!;
        var ruKz = plan.Find("ru-kz", "faq/a")!;
        var parsed = MarkdownParser.Parse(ruRu.Source);

        var inRu = ArticleRenderer.Render(parsed, ruRu, resolver);
        var inKz = ArticleRenderer.Render(parsed, ruKz, resolver);

        Assert.Contains("href=\"../../registration/sign-up/#step\"", inRu.Html);
        Assert.Contains("href=\"../../payouts/tax/\"", inRu.Html);
        Assert.Contains("href=\"../../../ru-ru/payouts/tax/\"", inKz.Html);
        Assert.Equal(3, inRu.Links.Count);
        Assert.Equal(
            ["xref:registration/sign-up#step", "xref:registration/sign-up#step", "xref:payouts/tax"],
            parsed.Document.Descendants<LinkInline>().Select(l => l.Url));
    }

    [Fact]
    public void Render_WithASibling_TakesItsHtmlOnlyWhenEveryLinkResolvesTheSame()
    {
        using var site = TempSite.Create(Files);
        var (plan, resolver, _) = Prepare(site);
        var same = MarkdownParser.Parse(plan.Find("ru-ru", "faq/b")!.Source);
        var differing = MarkdownParser.Parse(plan.Find("ru-ru", "faq/a")!.Source);

        var sameRu = ArticleRenderer.Render(same, plan.Find("ru-ru", "faq/b")!, resolver);
        var sameKz = ArticleRenderer.Render(same, plan.Find("ru-kz", "faq/b")!, resolver, sibling: sameRu);
        var differingRu = ArticleRenderer.Render(differing, plan.Find("ru-ru", "faq/a")!, resolver);
        var differingKz = ArticleRenderer.Render(differing, plan.Find("ru-kz", "faq/a")!, resolver, sibling: differingRu);

        Assert.Same(sameRu.Utf8, sameKz.Utf8);
        Assert.Equal("ru-kz", sameKz.Article.Locale.Code);
        Assert.Equal(ArticleRenderer.Render(same, plan.Find("ru-kz", "faq/b")!, resolver).Html, sameKz.Html);
        Assert.NotSame(differingRu.Utf8, differingKz.Utf8);
        Assert.Contains("href=\"../../../ru-ru/payouts/tax/\"", differingKz.Html);
    }

    [Fact]
    public void Render_ManyPagesOfOneDocumentInParallel_GivesTheSameHtmlAsOneAtATime()
    {
        using var site = TempSite.Create(Files);
        var (plan, resolver, _) = Prepare(site);
        var pages = new[] { plan.Find("ru-ru", "faq/a")!, plan.Find("ru-kz", "faq/a")! };
        var parsed = MarkdownParser.Parse(pages[0].Source);
        var expected = pages.Select(p => ArticleRenderer.Render(parsed, p, resolver).Html).ToArray();

        var results = new string[200];
        Parallel.For(0, results.Length, i => results[i] = ArticleRenderer.Render(parsed, pages[i % 2], resolver).Html);

        for (var i = 0; i < results.Length; i++) Assert.Equal(expected[i % 2], results[i]);
    }

    [Fact]
    public void ReportMissingAnchors_AfterRendering_ReportsEachLinkToAMissingIdOnce()
    {
        using var site = TempSite.Create(Files.Replace("## Step\n-- ru/registration/sign-up.kz.md", "## Other\n-- ru/registration/sign-up.kz.md"));
        var (plan, resolver, bag) = Prepare(site);
        var page = plan.Find("ru-ru", "faq/a")!;
        ArticleRenderer.Render(MarkdownParser.Parse(page.Source), page, resolver);
        var target = MarkdownParser.Parse(plan.Find("ru-ru", "registration/sign-up")!.Source);
        Assert.Empty(bag.Sorted);

        resolver.ReportMissingAnchors(path => path == target.Source.FullPath ? target.Ids : null);
        resolver.ReportMissingAnchors(path => target.Ids);

        Assert.Equal([DiagnosticCodes.MissingAnchor, DiagnosticCodes.MissingAnchor], bag.Sorted.Select(d => d.Code));
        Assert.Equal([4, 4], bag.Sorted.Select(d => d.Line));
    }
}
