using System.Globalization;
using System.Text;
using HelpGen.Search.Stemming;

namespace HelpGen.Tests.Search.Stemming;

/// <summary>
/// Checks each stemmer against the Snowball project's published vocabulary: line N of <c>voc.txt</c>
/// must stem to line N of <c>output.txt</c>, for every line.
/// </summary>
public sealed class SnowballVocabularyTests
{
    private const int MismatchesShown = 20;

    [Theory]
    [InlineData("english", "en")]
    [InlineData("german", "de")]
    [InlineData("russian", "ru")]
    public void Stem_EveryWordOfThePublishedVocabulary_GivesThePublishedStem(string folder, string language)
    {
        var stemmer = Stemmers.For(language);
        Assert.NotNull(stemmer);
        var (words, stems) = ReadVocabulary(folder);

        var mismatches = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            var actual = stemmer.Stem(words[i]);
            if (!string.Equals(actual, stems[i], StringComparison.Ordinal))
            {
                mismatches.Add($"line {i + 1}: {words[i]} -> {actual}, expected {stems[i]}");
            }
        }

        Assert.True(mismatches.Count == 0, Describe(folder, words.Length, mismatches));
    }

    [Fact]
    public void Stem_CalledFromManyThreadsAtOnce_GivesTheSameStemsAsOneThread()
    {
        var stemmer = Stemmers.For("ru")!;
        var (words, stems) = ReadVocabulary("russian");
        var actual = new string[words.Length];

        Parallel.For(0, words.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = stemmer.Stem(words[i]));

        Assert.Equal(stems, actual);
    }

    internal static (string[] Words, string[] Stems) ReadVocabulary(string folder)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Snowball", folder);
        var words = File.ReadAllLines(Path.Combine(directory, "voc.txt"), Encoding.UTF8);
        var stems = File.ReadAllLines(Path.Combine(directory, "output.txt"), Encoding.UTF8);
        Assert.Equal(words.Length, stems.Length);
        Assert.NotEmpty(words);
        return (words, stems);
    }

    private static string Describe(string folder, int total, List<string> mismatches)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{mismatches.Count} of {total} {folder} words stem differently");
        text.Append(CultureInfo.InvariantCulture, $" (first {Math.Min(MismatchesShown, mismatches.Count)}):");
        foreach (var mismatch in mismatches.Take(MismatchesShown))
        {
            text.AppendLine().Append("  ").Append(mismatch);
        }

        return text.ToString();
    }
}
