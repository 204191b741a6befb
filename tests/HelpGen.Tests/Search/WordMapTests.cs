using HelpGen.Search;

namespace HelpGen.Tests.Search;

public sealed class WordMapTests
{
    [Fact]
    public void GetOrAdd_CountsEachWordOnce_AndEntriesComeInTheOrderAdded()
    {
        var map = new WordMap<int>();
        // Numbers in no particular order, as the vocabulary gives them, some of them large.
        var numbers = Enumerable.Range(0, 1300).Select(i => i * 7919 % 1_000_003).ToList();
        var words = Enumerable.Range(0, 5000).Select(i => numbers[i % 1300]).ToList();

        foreach (var word in words)
        {
            map.GetOrAdd(word, out _)++;
        }

        Assert.Equal(1300, map.Count);
        Assert.Equal(numbers, map.Entries().Select(e => e.Word));
        Assert.All(map.Entries(), e => Assert.Equal(words.Count(w => w == e.Word), e.Value));
    }

    [Fact]
    public void TryGetValue_FindsOnlyWhatWasAdded_WordZeroIncluded()
    {
        var map = new WordMap<string>();

        map.GetOrAdd(0, out var zeroExisted) = "zero";
        map.GetOrAdd(16, out var sixteenExisted) = "sixteen";
        map.GetOrAdd(0, out var zeroAgain) = "zero again";

        Assert.False(zeroExisted);
        Assert.False(sixteenExisted);
        Assert.True(zeroAgain);
        Assert.True(map.TryGetValue(0, out var value));
        Assert.Equal("zero again", value);
        Assert.False(map.TryGetValue(32, out _));
        Assert.Equal(2, map.Count);
    }

    [Fact]
    public void Clear_ForgetsEverything_AlsoAfterGrowingLarge()
    {
        var map = new WordMap<int>();
        var many = Enumerable.Range(0, 100_000).ToList();
        foreach (var word in many) map.GetOrAdd(word, out _) = 1;

        map.Clear();
        map.GetOrAdd(many[7], out var existed) = 2;

        Assert.False(existed);
        Assert.Equal(1, map.Count);
        Assert.False(map.TryGetValue(many[8], out _));
        Assert.Equal([(many[7], 2)], map.Entries());
    }
}
