using AngleSharp.Html.Parser;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Building;

public sealed class SidebarTests
{
    [Fact]
    public void ArticlePage_InALargeSection_ListsOnlyItsNeighboursAndLinksTheFullList()
    {
        var files = string.Concat(Enumerable.Range(1, 30).Select(i => $"-- en/faq/q{i:00}.md --\n---\ntitle: Question {i:00}\norder: {i}\nsummary: Summary {i:00}\n---\nBody.\n"));
        using var site = TempSite.Create(files);

        var page = new HtmlParser().ParseDocument(site.Build().Text("en-us/faq/q20/index.html"));

        var titles = page.QuerySelectorAll(".sidebar .article-list-title").Select(e => e.TextContent).ToList();
        Assert.Equal(Enumerable.Range(13, 15).Select(i => $"Question {i:00}"), titles);
        Assert.Empty(page.QuerySelectorAll(".sidebar .article-list-summary"));
        Assert.Equal("../", page.QuerySelector(".sidebar-more a")?.GetAttribute("href"));
    }

    [Fact]
    public void ArticlePage_InASmallSection_ListsTheWholeSectionWithoutMoreLink()
    {
        using var site = TempSite.Create("-- en/faq/a.md --\n---\ntitle: A\n---\nA.\n-- en/faq/b.md --\n---\ntitle: B\n---\nB.\n");

        var page = new HtmlParser().ParseDocument(site.Build().Text("en-us/faq/a/index.html"));

        Assert.Equal(2, page.QuerySelectorAll(".sidebar .article-list li").Length);
        Assert.Null(page.QuerySelector(".sidebar-more"));
    }
}
