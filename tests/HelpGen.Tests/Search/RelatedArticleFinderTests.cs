using HelpGen.Markdown;
using HelpGen.Search;

namespace HelpGen.Tests.Search;

public sealed class RelatedArticleFinderTests
{
    [Fact]
    public void Find_OnTheHelpCenterSnapshot_GivesUpToFiveOtherArticlesOfTheLocaleAndTheObviousNeighbourFirst()
    {
        var locales = SearchTestSupport.LoadDocuments(SearchTestSupport.FixturePath("relevance", "articles"));
        var (_, documents, _) = locales["en-us"];

        var related = RelatedArticleFinder.Find(documents, "en");

        Assert.Equal(documents.Count, related.Count);
        foreach (var (url, list) in related)
        {
            Assert.InRange(list.Count, 1, RelatedArticleFinder.MaxRelated);
            Assert.DoesNotContain(url, list);
            Assert.All(list, u => Assert.StartsWith("en-us/", u, StringComparison.Ordinal));
            Assert.Equal(list.Count, list.Distinct().Count());
        }

        Assert.Contains("en-us/personal-account/sign-in-problems/", related["en-us/personal-account/forgot-password/"].Take(2));
        Assert.Contains("en-us/payouts/set-up-payouts/", related["en-us/payouts/payout-statement/"].Take(2));
    }

    [Fact]
    public void Find_OnALargeLocale_IgnoresAWordSharedByMoreThanTheCap()
    {
        // 400 articles: "gateway" is in 100 of them (under a quarter, but over the cap), so it relates none of them;
        // "zeppelin" is in two and relates exactly those two.
        var documents = Enumerable.Range(0, 400)
            .Select(i => Doc($"x/a{i:000}/", $"Article {i:000}", [], (i < 100 ? "gateway " : string.Empty) + (i is 7 or 300 ? "zeppelin " : string.Empty) + $"unique{i:000}word"))
            .ToList();

        var related = RelatedArticleFinder.Find(documents, "en");

        Assert.True(100 > RelatedArticleFinder.MaxSharingArticles);
        Assert.Equal(["x/a300/"], related["x/a007/"]);
        Assert.Empty(related["x/a001/"]);
    }

    [Fact]
    public void Find_SharedTagsComeBeforeSharedWords()
    {
        var documents = new[]
        {
            Doc("x/a/", "Parcel tracking", ["parcel"], "tracking parcel courier depot shipment"),
            Doc("x/b/", "Courier depot shipment", [], "tracking parcel courier depot shipment"),
            Doc("x/c/", "Something else", ["parcel"], "completely different words here"),
            Doc("x/d/", "Unrelated", [], "nothing in common whatsoever"),
        };

        var related = RelatedArticleFinder.Find(documents, "en");

        Assert.Equal(["x/c/", "x/b/"], related["x/a/"].Take(2));
        Assert.DoesNotContain("x/d/", related["x/a/"]);
    }

    [Fact]
    public void Find_IsDeterministicWhateverTheInputOrder()
    {
        var (_, documents, _) = SearchTestSupport.LoadDocuments(SearchTestSupport.FixturePath("relevance", "articles"))["ru-ru"];

        var forward = RelatedArticleFinder.Find(documents, "ru");
        var backward = RelatedArticleFinder.Find(documents.Reverse().ToList(), "ru");

        Assert.Equal(forward.OrderBy(p => p.Key).Select(p => string.Join(",", p.Value)), backward.OrderBy(p => p.Key).Select(p => string.Join(",", p.Value)));
    }

    private static SearchDocument Doc(string url, string title, IReadOnlyList<string> tags, string body) =>
        new(url, title, null, "s", "S", tags, [new TextSection(null, null, body)]);
}
