using System.Text;
using System.Text.Json;
using HelpGen.Search;
using HelpGen.Tests.TestSupport;
using Xunit.Abstractions;

namespace HelpGen.Tests.Search;

/// <summary>
/// Reader questions against a snapshot of the real help articles: the index is built in C#, the queries run in the
/// real search.js under Node: the expected article must be first for at least 95% of them and in the top three for all.
/// </summary>
public sealed class SearchRelevanceTests(ITestOutputHelper output)
{
    private const double RequiredHitsAt1 = 0.95;

    [NodeTheory]
    [InlineData(SearchIndexFormat.Json)]
    [InlineData(SearchIndexFormat.Script)]
    public void Search_ReaderQuestionsInThreeLanguages_FindTheExpectedArticleFirstOrInTopThree(SearchIndexFormat format)
    {
        var site = BuildIndex(format);
        try
        {
            var queries = SearchTestSupport.FixturePath("relevance", "queries.json");
            var (exit, stdout, stderr) = SearchTestSupport.RunNode(
                "tests/js/tools/run-queries.mjs", site, queries, "--format", format == SearchIndexFormat.Json ? "json" : "script");
            Assert.True(exit == 0, $"node failed ({exit}):\n{stderr}");

            var report = Report(stdout, out var first, out var hits, out var total);
            output.WriteLine(report);
            Assert.True(total >= 106, $"only {total} queries");
            Assert.True(first >= RequiredHitsAt1 * total, $"hits@1 {first}/{total} is below {RequiredHitsAt1:P0}:\n{report}");
            Assert.True(hits == total, $"hits@3 {hits}/{total} is not 100%:\n{report}");
        }
        finally
        {
            Directory.Delete(site, recursive: true);
        }
    }

    private static string BuildIndex(SearchIndexFormat format)
    {
        var site = SearchTestSupport.NewTempDirectory("relevance");
        var builder = new SearchIndexBuilder();
        foreach (var (locale, (language, documents, synonyms)) in SearchTestSupport.LoadDocuments(SearchTestSupport.FixturePath("relevance", "articles")))
        {
            SearchTestSupport.WriteFiles(site, builder.Build(locale, language, documents, format, synonyms: synonyms));
        }

        return site;
    }

    /// <summary>One line per query; <paramref name="first"/> counts rank 1, <paramref name="hits"/> ranks 1–3.</summary>
    internal static string Report(string stdout, out int first, out int hits, out int total)
    {
        var text = new StringBuilder();
        first = 0;
        hits = 0;
        total = 0;
        foreach (var line in stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var expected = $"{root.GetProperty("locale").GetString()}/{root.GetProperty("expected").GetString()}/";
            var urls = root.GetProperty("urls").EnumerateArray().Select(u => u.GetString()).ToList();
            var rank = urls.IndexOf(expected) + 1;
            total++;
            hits += rank is >= 1 and <= 3 ? 1 : 0;
            first += rank == 1 ? 1 : 0;
            var mark = rank is >= 1 and <= 3 ? "ok  " : "MISS";
            text.AppendLine($"{mark} rank {(rank == 0 ? "-" : rank.ToString(System.Globalization.CultureInfo.InvariantCulture)),2}  " +
                $"{root.GetProperty("locale").GetString()} \"{root.GetProperty("query").GetString()}\" → {expected}" +
                (rank == 1 ? string.Empty : $"  (top: {string.Join(", ", urls.Take(3))})"));
        }

        text.AppendLine($"hits@1: {first}/{total}, hits@3: {hits}/{total}");
        return text.ToString();
    }
}
