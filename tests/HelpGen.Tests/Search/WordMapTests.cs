using HelpGen.Search;

namespace HelpGen.Tests.Search;

public sealed class WordMapTests
{
    [Fact]
    public void GetOrAdd_CountsEachWordOnce_AndEntriesComeInTheOrderAdded()
    {
        var map = new WordMap<int>();
        var words = Enumerable.Range(0, 5000).Select(i => $"word{i % 1300}").ToList();
        var interned = words.Distinct().ToDictionary(w => w, w => w);

        foreach (var word in words)
        {
            map.GetOrAdd(interned[word], out _)++;
        }

        Assert.Equal(1300, map.Count);
        Assert.Equal(interned.Keys, map.Entries().Select(e => e.Word));
        Assert.All(map.Entries(), e => Assert.Equal(words.Count(w => w == e.Word), e.Value));
    }

    [Fact]
    public void Words_AreToldApartByReference()
    {
        var map = new WordMap<string>();
        var first = new string("parcel".AsSpan());
        var second = new string("parcel".AsSpan());

        map.GetOrAdd(first, out var firstExisted) = "a";
        map.GetOrAdd(second, out var secondExisted) = "b";

        Assert.False(firstExisted);
        Assert.False(secondExisted);
        Assert.True(map.TryGetValue(first, out var value));
        Assert.Equal("a", value);
        Assert.False(map.TryGetValue("other", out _));
        Assert.Equal(2, map.Count);
    }

    [Fact]
    public void Clear_ForgetsEverything_AlsoAfterGrowingLarge()
    {
        var map = new WordMap<int>();
        var many = Enumerable.Range(0, 100_000).Select(i => $"w{i}").ToList();
        foreach (var word in many) map.GetOrAdd(word, out _) = 1;

        map.Clear();
        map.GetOrAdd(many[7], out var existed) = 2;

        Assert.False(existed);
        Assert.Equal(1, map.Count);
        Assert.False(map.TryGetValue(many[8], out _));
        Assert.Equal([(many[7], 2)], map.Entries());
    }
}
