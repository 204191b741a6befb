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
    public void Find_RanksByTagsAlone_AsAComparisonOfEveryPairWould_WithCommonAndRareTags()
    {
        // 700 articles with no word in common, so tags alone decide: "t0".."t3" are on hundreds of articles (common
        // tags, over the cap), "r0".."r29" on a handful each. The expected lists come from comparing every pair.
        var random = new Random(9);
        var tags = Enumerable.Range(0, 700).Select(_ => Enumerable.Range(0, 4).Where(_ => random.Next(3) == 0).Select(t => $"t{t}")
            .Concat(random.Next(2) == 0 ? [$"r{random.Next(30)}"] : []).ToArray()).ToList();
        var documents = tags.Select((t, i) => Doc($"x/a{i:000}/", $"Article {i:000}", t, $"unique{i:000}word")).ToList();

        var related = RelatedArticleFinder.Find(documents, "en");

        Assert.True(tags.Count(t => t.Contains("t0")) > RelatedArticleFinder.MaxSharingArticles);
        for (var i = 0; i < documents.Count; i++)
        {
            var expected = Enumerable.Range(0, documents.Count)
                .Where(j => j != i && tags[j].Intersect(tags[i]).Any())
                .OrderByDescending(j => tags[j].Intersect(tags[i]).Count()).ThenBy(j => j)
                .Take(RelatedArticleFinder.MaxRelated)
                .Select(j => documents[j].Url);
            Assert.Equal(expected, related[documents[i].Url]);
        }
    }

    [Fact]
    public void Find_ASharedWordRanksFirstAmongArticlesSharingTheSameCommonTag()
    {
        // Every article has the common tag; a0 and a150 also share a word, so a150 comes first, then the lowest URLs.
        var documents = Enumerable.Range(0, 200)
            .Select(i => Doc($"x/a{i:000}/", $"Article {i:000}", ["common"], (i is 0 or 150 ? "zeppelin " : string.Empty) + $"unique{i:000}word"))
            .ToList();

        var related = RelatedArticleFinder.Find(documents, "en");

        Assert.Equal(["x/a150/", "x/a001/", "x/a002/", "x/a003/", "x/a004/"], related["x/a000/"]);
        Assert.Equal(["x/a000/", "x/a001/", "x/a002/", "x/a003/", "x/a004/"], related["x/a150/"]);
        Assert.Equal(["x/a000/", "x/a001/", "x/a002/", "x/a004/", "x/a005/"], related["x/a003/"]);
    }

    [Fact]
    public void Find_WhenFewArticlesShareOnlyACommonTag_LooksAtTheWholeLocale_AlsoAfterALargerOne()
    {
        // 66 articles have the tag "common" (over the cap) and a00..a61 also "regional" (under it): for a00 only
        // a62..a65 share nothing but the common tag, too few to fill a list, and the sixty-one sharing both come first.
        var documents = Enumerable.Range(0, 66)
            .Select(i => Doc($"x/a{i:00}/", $"Article {i:00}", i < 62 ? ["common", "regional"] : ["common"], $"unique{i:00}word"))
            .ToList();

        // A larger locale first, on the same threads: the scores they keep are larger than this locale.
        RelatedArticleFinder.Find(Enumerable.Range(0, 1000).Select(i => Doc($"y/a{i:000}/", $"Y {i:000}", ["common"], $"other{i:000}word")).ToList(), "en");
        var related = RelatedArticleFinder.Find(documents, "en");

        Assert.Equal(["x/a01/", "x/a02/", "x/a03/", "x/a04/", "x/a05/"], related["x/a00/"]);
        Assert.Equal(["x/a00/", "x/a01/", "x/a02/", "x/a03/", "x/a04/"], related["x/a65/"]);
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
