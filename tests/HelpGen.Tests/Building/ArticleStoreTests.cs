using HelpGen.Building;
using HelpGen.Configuration;
using HelpGen.Content;
using HelpGen.Diagnostics;
using HelpGen.Markdown;
using HelpGen.Search;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Building;

public sealed class ArticleStoreTests
{
    private const string Files = """
        -- en/faq/a.md --
        ---
        title: Returns
        summary: Sending a parcel back
        tags: [returns, parcel]
        ---
        Intro text with `code` and "a quoted search".

        ## Step 1 {#first}
        Pack the parcel.

        ## Step 2
        ```
        print("label")
        ```
        -- en/faq/b.md --
        ---
        title: Payouts
        ---
        Money arrives on Fridays.
        """;

    private sealed class Fixture : IDisposable
    {
        public Fixture()
        {
            Site = TempSite.Create(Files);
            var bag = new DiagnosticBag();
            var config = SiteConfigLoader.Load(Site.Source, bag)!;
            Articles = ContentLoader.Load(Site.Source, config, bag).Articles.OrderBy(a => a.FullPath, StringComparer.Ordinal).ToList();
            Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted));
        }

        public TempSite Site { get; }

        public IReadOnlyList<SourceArticle> Articles { get; }

        public string StorePath => Path.Combine(Site.Root, "cache", "articles.bin");

        public ArticleStore Open(string key = "key-1") => ArticleStore.Open(StorePath, key)!;

        /// <summary>Parses an article and stores it under <paramref name="digest"/>; gives what was stored.</summary>
        public (ArticleOutline Outline, ArticleWords Words) Add(ArticleStore store, SourceArticle source, string digest)
        {
            var outline = MarkdownParser.Parse(source).Outline;
            var words = SearchDocumentFactory.Words(outline);
            store.Add(digest, outline, words);
            return (outline, words);
        }

        public void Dispose() => Site.Dispose();
    }

    private static void AssertSame((ArticleOutline Outline, ArticleWords Words) expected, (ArticleOutline Outline, ArticleWords Words)? actual)
    {
        Assert.NotNull(actual);
        var (outline, words) = actual.Value;
        Assert.Same(expected.Outline.Source, outline.Source);
        Assert.Equal(expected.Outline.Headings, outline.Headings);
        Assert.Equal(expected.Outline.Ids.Order(StringComparer.Ordinal), outline.Ids.Order(StringComparer.Ordinal));
        // The sections' headings, without their text and code (not stored).
        Assert.Equal(expected.Outline.Text.Select(t => (t.HeadingId, t.HeadingText)), outline.Text.Select(t => (t.HeadingId, t.HeadingText)));
        Assert.All(outline.Text, t => Assert.Equal((string.Empty, string.Empty), (t.Text, t.Code)));
        Assert.Equal(expected.Words.All(), words.All());
        Assert.Equal(expected.Words.Title, words.Title);
        Assert.Equal(expected.Words.Tags.Select(t => string.Join(' ', t)), words.Tags.Select(t => string.Join(' ', t)));
        Assert.Equal(expected.Words.Summary, words.Summary);
        Assert.Equal(expected.Words.Sections.Select(s => (string.Join(' ', s.Heading), string.Join(' ', s.Plain), string.Join(' ', s.Quoted))),
            words.Sections.Select(s => (string.Join(' ', s.Heading), string.Join(' ', s.Plain), string.Join(' ', s.Quoted))));
    }

    [Fact]
    public void Store_ReopenedWithTheSameKey_GivesBackEveryFieldOfTheOutlineAndWords()
    {
        using var f = new Fixture();
        var a = f.Articles[0];
        (ArticleOutline, ArticleWords) stored;
        using (var store = f.Open())
        {
            stored = f.Add(store, a, "digest-a");
            AssertSame(stored, store.Load(a, "digest-a"));
        }

        using var reopened = f.Open();
        Assert.Contains("first", stored.Item1.Ids);
        Assert.Equal(stored.Item1.Ids.Order(StringComparer.Ordinal), reopened.Ids(a.FullPath, "digest-a"));
        AssertSame(stored, reopened.Load(a, "digest-a"));
        Assert.Null(reopened.Load(a, "another-digest"));
        Assert.Null(reopened.Ids(a.FullPath, "another-digest"));
    }

    [Fact]
    public void Store_OfAnotherKey_StartsEmpty()
    {
        using var f = new Fixture();
        using (var store = f.Open("key-1")) f.Add(store, f.Articles[0], "digest-a");

        using (var other = f.Open("key-2")) Assert.Null(other.Ids(f.Articles[0].FullPath, "digest-a"));
        using var again = f.Open("key-1");
        Assert.Null(again.Ids(f.Articles[0].FullPath, "digest-a"));
    }

    [Fact]
    public void Store_CutOffInItsLastEntry_KeepsTheEntriesBeforeAndAppendsAfterThem()
    {
        using var f = new Fixture();
        var (a, b) = (f.Articles[0], f.Articles[1]);
        (ArticleOutline, ArticleWords) storedA;
        using (var store = f.Open())
        {
            storedA = f.Add(store, a, "digest-a");
            f.Add(store, b, "digest-b");
        }

        var bytes = File.ReadAllBytes(f.StorePath);
        File.WriteAllBytes(f.StorePath, bytes[..^5]);
        using (var store = f.Open())
        {
            AssertSame(storedA, store.Load(a, "digest-a"));
            Assert.Null(store.Ids(b.FullPath, "digest-b"));
            f.Add(store, b, "digest-b2");
        }

        using var reopened = f.Open();
        AssertSame(storedA, reopened.Load(a, "digest-a"));
        Assert.NotNull(reopened.Load(b, "digest-b2"));
    }

    [Fact]
    public void Store_WithADamagedBody_IsNotUsedAndTakesTheArticleAgain()
    {
        using var f = new Fixture();
        var a = f.Articles[0];
        using (var store = f.Open()) f.Add(store, a, "digest-a");

        var bytes = File.ReadAllBytes(f.StorePath);
        bytes[^3] ^= 0x21;
        File.WriteAllBytes(f.StorePath, bytes);
        using (var store = f.Open())
        {
            Assert.NotNull(store.Ids(a.FullPath, "digest-a"));
            Assert.Null(store.Load(a, "digest-a"));
            f.Add(store, a, "digest-a");
        }

        using var reopened = f.Open();
        Assert.NotNull(reopened.Load(a, "digest-a"));
    }

    [Fact]
    public void Compact_WhenMostEntriesAreStale_KeepsOnlyTheLiveOnes()
    {
        using var f = new Fixture();
        var (a, b) = (f.Articles[0], f.Articles[1]);
        (ArticleOutline, ArticleWords) latest = default;
        long before;
        using (var store = f.Open())
        {
            for (var i = 0; i < 20; i++) latest = f.Add(store, a, $"digest-a{i}");
            f.Add(store, b, "digest-b");
            before = new FileInfo(f.StorePath).Length;
            store.Compact(new Dictionary<string, string> { [a.FullPath] = "digest-a19", [b.FullPath] = "digest-b" }, minimumBytes: 0);
        }

        var after = new FileInfo(f.StorePath).Length;
        using var reopened = f.Open();
        AssertSame(latest, reopened.Load(a, "digest-a19"));
        Assert.NotNull(reopened.Load(b, "digest-b"));
        Assert.Null(reopened.Ids(a.FullPath, "digest-a3"));
        Assert.True(after * 5 < before, $"{before} bytes compacted to {after}");
    }
}
