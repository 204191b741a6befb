using HelpGen.Search;
using HelpGen.Search.Stemming;

namespace HelpGen.Tests.Search;

/// <summary>The stem cache gives one string per stem, so the analyzer may count stems by reference.</summary>
public sealed class StemCacheTests
{
    [Fact]
    public void Stem_OfWordsWithTheSameStem_IsOneString()
    {
        using var stems = new StemCache(Stemmers.For("en"), new Dictionary<string, string> { ["paid"] = "pay" });

        var words = new[] { "payment", "payments", "pay", "paying", "paid", "pays" }.Select(w => new string(w.AsSpan())).ToList();
        var results = words.Select(stems.Stem).ToList();

        Assert.Equal(["payment", "payment", "pay", "pay", "pay", "pay"], results);
        Assert.Same(results[0], results[1]);
        Assert.All(results.Skip(3), stem => Assert.Same(results[2], stem));
    }

    [Fact]
    public void Stem_InParallel_GivesEachStemAsOneString()
    {
        using var stems = new StemCache(Stemmers.For("de"));
        var words = Enumerable.Range(0, 2000).Select(i => i % 2 == 0 ? "Zahlungen" : "Zahlung").Select(w => new string(w.AsSpan())).ToArray();

        var results = new string[words.Length];
        Parallel.For(0, words.Length, i => results[i] = stems.Stem(words[i].ToLowerInvariant()));

        Assert.Single(results.Distinct(ReferenceEqualityComparer.Instance));
    }

    [Fact]
    public void Stem_AskedAgain_ByTheSameStringOrAnEqualOne_OnOtherThreads_IsTheSameString()
    {
        using var stems = new StemCache(Stemmers.For("en"));
        var word = new string("deliveries".AsSpan());
        var first = stems.Stem(word);
        var again = stems.Stem(word);
        var equal = stems.Stem(new string("deliveries".AsSpan()));
        string? elsewhere = null;
        var thread = new Thread(() => elsewhere = stems.Stem(new string("deliveries".AsSpan())));
        thread.Start();
        thread.Join();

        Assert.Equal("deliveri", first);
        Assert.Same(first, again);
        Assert.Same(first, equal);
        Assert.Same(first, elsewhere);
    }

    [Fact]
    public void Dispose_ReleasesTheCache()
    {
        var stems = new StemCache(Stemmers.For("en"));
        stems.Stem("payments");

        stems.Dispose();

        Assert.Throws<ObjectDisposedException>(() => stems.Stem("payments"));
    }
}
