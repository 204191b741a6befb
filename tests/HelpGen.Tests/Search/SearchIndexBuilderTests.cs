using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using HelpGen.Markdown;
using HelpGen.Output;
using HelpGen.Search;
using HelpGen.Search.Stemming;

namespace HelpGen.Tests.Search;

public sealed class SearchIndexBuilderTests
{
    private static readonly SearchIndexBuilder Builder = new(_ => new TrailingSStemmer());

    [Fact]
    public void Build_SmallLocale_WritesManifestOneShardOneDocumentBlockAndOneTextBlock()
    {
        var files = Builder.Build("de-de", "de", [Doc("de-de/a/one/", "Eins"), Doc("de-de/a/two/", "Zwei")], SearchIndexFormat.Json);

        Assert.Equal(
            ["de-de/search/m0.json", "de-de/search/manifest.json", "de-de/search/t0.json", "de-de/search/x0.json"],
            files.Select(f => Unhashed(f.Path)));
    }

    [Fact]
    public void Build_NamesEveryFileButTheManifestByItsContentHash_AndTheManifestListsTheNames()
    {
        var files = Builder.Build("de-de", "de", [Doc("de-de/a/one/", "Eins"), Doc("de-de/a/two/", "Zwei")], SearchIndexFormat.Json);

        var listed = Json(files, "manifest").GetProperty("files").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
        var others = files.Where(f => !f.Path.EndsWith("/manifest.json", StringComparison.Ordinal)).ToList();
        Assert.Equal(["m0", "t0", "x0"], listed.Keys);
        Assert.All(others, f =>
        {
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(f.Content))[..8];
            var name = Unhashed(f.Path)[(f.Path.LastIndexOf('/') + 1)..^".json".Length];
            Assert.Equal($"de-de/search/{listed[name]}.json", f.Path);
            Assert.EndsWith($".{hash}.json", f.Path, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Build_WritesExactlyTheGivenDocuments()
    {
        var shown = new[] { Doc("ru-kz/a/b/", "Общая статья"), Doc("ru-kz/a/a/", "Казахстан", "пункт выдачи") };

        var files = Builder.Build("ru-kz", "ru", shown, SearchIndexFormat.Json);

        Assert.Equal(2, Json(files, "manifest").GetProperty("docCount").GetInt32());
        var urls = Json(files, "m0").GetProperty("d").EnumerateArray().Select(d => d[1].GetString());
        Assert.Equal(["ru-kz/a/a/", "ru-kz/a/b/"], urls);
        var words = Json(files, "t0").GetProperty("w").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("выдачи", words);
        Assert.DoesNotContain("россия", words);
    }

    [Fact]
    public void Build_MapsEverySurfaceWordToItsStem()
    {
        var files = Builder.Build("en-us", "en", [Doc("en-us/a/b/", "Returns", "return a product")], SearchIndexFormat.Json);

        var shard = Json(files, "t0");
        Assert.Equal("return", shard.GetProperty("w").GetProperty("returns").GetString());
        Assert.Equal(string.Empty, shard.GetProperty("w").GetProperty("return").GetString());
        Assert.True(shard.GetProperty("p").TryGetProperty("return", out _));
        Assert.False(shard.GetProperty("p").TryGetProperty("returns", out _));
    }

    [Fact]
    public void Build_PostingWeights_FavourTitleOverBodyAndRecordWhere()
    {
        var files = Builder.Build("en-us", "en", [Doc("en-us/a/1/", "Parcel", "other words here"), Doc("en-us/a/2/", "Other", "where is my parcel")], SearchIndexFormat.Json);

        var postings = PostingEncoder.Decode(Json(files, "t0").GetProperty("p").GetProperty("parcel").GetString()!);
        Assert.Equal([0, 1], postings.Select(p => p.Document));
        Assert.True(postings[0].Weight > postings[1].Weight);
        Assert.Equal(1u, postings[0].Mask);
        Assert.Equal(2u, postings[1].Mask);
    }

    [Fact]
    public void Build_LargeLocale_ShardsTermsByFoldedKeyRange()
    {
        var builder = new SearchIndexBuilder(_ => null, new SearchIndexOptions(ShardThreshold: 5, TermShardBytes: 300, MetaBlockSize: 4));
        var documents = Enumerable.Range(0, 20).Select(i => Doc($"en-us/s/d{i:00}/", $"Article {Words(i, 3)}", Words(i * 7, 40))).ToList();

        var files = builder.Build("en-us", "en", documents, SearchIndexFormat.Json);

        var bounds = Json(files, "manifest").GetProperty("shards").EnumerateArray().Select(b => b.GetString()!).ToList();
        Assert.True(bounds.Count > 3, $"expected several shards, got {bounds.Count}");
        Assert.Equal(5, files.Count(f => Regex.IsMatch(f.Path, @"/search/m\d+\.[0-9a-f]{8}\.json$")));
        Assert.Equal(20, files.Count(f => Regex.IsMatch(f.Path, @"/search/x\d+\.[0-9a-f]{8}\.json$")));
        var stems = new List<string>();
        for (var i = 0; i < bounds.Count; i++)
        {
            var shard = Json(files, $"t{i}");
            var keys = shard.GetProperty("w").EnumerateObject().Select(p => p.Name)
                .Concat(shard.GetProperty("p").EnumerateObject().Select(p => p.Name)).ToList();
            stems.AddRange(shard.GetProperty("p").EnumerateObject().Select(p => p.Name));
            Assert.All(keys, k => Assert.True(InRange(TextNormalizer.Fold(k), bounds, i), $"'{k}' is outside shard {i}"));
        }

        Assert.Equal(stems.Count, stems.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Build_LargeLocale_MovesLongPostingListsToFilesOfTheirOwn()
    {
        var builder = new SearchIndexBuilder(_ => null, new SearchIndexOptions(ShardThreshold: 5, TermShardBytes: 100));
        var documents = Enumerable.Range(0, 40).Select(i => Doc($"en-us/s/d{i:00}/", $"Parcel {i}", Words(i, 5))).ToList();

        var files = builder.Build("en-us", "en", documents, SearchIndexFormat.Json);

        var bounds = Json(files, "manifest").GetProperty("shards").GetArrayLength();
        var reference = Enumerable.Range(0, bounds).Select(i => Json(files, $"t{i}").GetProperty("p"))
            .Single(p => p.TryGetProperty("parcel", out _)).GetProperty("parcel");
        Assert.Equal(JsonValueKind.Number, reference.ValueKind);
        var postings = PostingEncoder.Decode(Json(files, $"p{reference.GetInt32()}").GetProperty("p").GetString()!);
        Assert.Equal(Enumerable.Range(0, 40), postings.Select(p => p.Document));
    }

    [Fact]
    public void Build_TwiceAndInAnyOrder_IsByteIdentical()
    {
        var builder = new SearchIndexBuilder(_ => new TrailingSStemmer(), new SearchIndexOptions(ShardThreshold: 5, TermShardBytes: 300));
        var documents = Enumerable.Range(0, 30).Select(i => Doc($"de-de/s/d{i:00}/", $"Größe {Words(i, 2)}", Words(i * 3, 30))).ToList();

        var first = builder.Build("de-de", "de", documents, SearchIndexFormat.Json);
        var second = builder.Build("de-de", "de", documents.AsEnumerable().Reverse().ToList(), SearchIndexFormat.Json);

        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        Assert.All(first.Zip(second), pair => Assert.True(pair.First.Content.AsSpan().SequenceEqual(pair.Second.Content), pair.First.Path));
    }

    [Fact]
    public void Build_ScriptFormat_WrapsTheSameDataInRegisterCalls()
    {
        var documents = new[] { Doc("ru-ru/a/b/", "Забыли пароль", "восстановить пароль") };

        var json = Builder.Build("ru-ru", "ru", documents, SearchIndexFormat.Json);
        var script = Builder.Build("ru-ru", "ru", documents, SearchIndexFormat.Script);

        Assert.Equal(json.Select(f => Unhashed(f.Path).Replace(".json", ".js", StringComparison.Ordinal)), script.Select(f => Unhashed(f.Path)));
        var shard = Encoding.UTF8.GetString(script.Single(f => Unhashed(f.Path).EndsWith("/t0.js", StringComparison.Ordinal)).Content);
        Assert.Equal($"window.HelpGenSearch.register(\"ru-ru\",\"t0\",{Encoding.UTF8.GetString(json.Single(f => Unhashed(f.Path).EndsWith("/t0.json", StringComparison.Ordinal)).Content)});\n", shard);
        Assert.Contains("пароль", shard, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SearchIndexFormat.Json, null, "")]
    [InlineData(SearchIndexFormat.Script, null, "index.html")]
    [InlineData(SearchIndexFormat.Json, "index.html", "index.html")]
    public void Build_IndexFile_IsAnnouncedInTheManifest(SearchIndexFormat format, string? indexFile, string expected)
    {
        var files = Builder.Build("en-us", "en", [Doc("en-us/a/b/", "Title")], format, indexFile);

        var manifest = Encoding.UTF8.GetString(files.Single(f => f.Path.Contains("/manifest.", StringComparison.Ordinal)).Content);
        Assert.Contains($"\"indexFile\":\"{expected}\"", manifest, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("")]
    [InlineData("de/de")]
    public void Build_WithUnsafeLocaleFolder_Throws(string locale)
    {
        Assert.Throws<ArgumentException>(() => Builder.Build(locale, "de", [], SearchIndexFormat.Json));
    }

    private static bool InRange(string key, List<string> bounds, int i) =>
        string.CompareOrdinal(key, bounds[i]) >= 0 && (i + 1 == bounds.Count || string.CompareOrdinal(key, bounds[i + 1]) < 0);

    private static readonly string[] Vocabulary =
        ["parcel", "password", "refund", "payout", "sponsor", "delivery", "courier", "account", "email", "bank", "iban", "order",
         "größe", "rücksendung", "zahlung", "пароль", "посылка", "выплата", "tracking", "invoice", "profile", "address", "login"];

    private static string Words(int seed, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(i => Vocabulary[((seed * 31) + (i * 17) + (i * i)) % Vocabulary.Length] + (i % 5 == 0 ? "s" : string.Empty)));

    [Theory]
    [InlineData("Track the parcel.", "Track the parcel.")]
    [InlineData("  Track\tthe \n\n parcel.  ", "Track the parcel.")]
    [InlineData("", "")]
    [InlineData("Посылка\u00A0в пути", "Посылка в пути")]
    [InlineData("Don\u2019t \u2013 wait\u2003here", "Don\u2019t \u2013 wait here")]
    [InlineData("Don\u2019t \u2013 wait here", "Don\u2019t \u2013 wait here")]
    [InlineData("next\u0085line and\u000Bunit", "next line and unit")]
    [InlineData("日本\u3000語", "日本 語")]
    public void Build_TextBlocks_HoldEachSectionTextWithWhiteSpaceRunsMadeOneSpace(string text, string expected)
    {
        var files = Builder.Build("en-us", "en", [Doc("en-us/a/b/", "Parcel", text)], SearchIndexFormat.Json);

        Assert.Equal(expected, Json(files, "x0").GetProperty("d")[0][0].GetString());
    }

    [Fact]
    public void Build_TextBlocks_CutALongSectionText()
    {
        var text = string.Join("  ", Enumerable.Repeat("word", 2000));

        var files = Builder.Build("en-us", "en", [Doc("en-us/a/b/", "Long", text)], SearchIndexFormat.Json);

        var stored = Json(files, "x0").GetProperty("d")[0][0].GetString()!;
        Assert.InRange(stored.Length, SearchIndexBuilder.MaxSectionTextLength - 5, SearchIndexBuilder.MaxSectionTextLength);
        Assert.StartsWith("word word word", stored, StringComparison.Ordinal);
        Assert.EndsWith("word", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", stored, StringComparison.Ordinal);
    }

    private static SearchDocument Doc(string url, string title, string body = "") =>
        new(url, title, null, "a", "Section A", [], [new TextSection(null, null, body)]);

    private static JsonElement Json(IReadOnlyList<OutputFile> files, string name) => SearchTestSupport.IndexJson(files, name);

    /// <summary>A path without its content hash: <c>de-de/search/t0.3f9a1c2e.json</c> → <c>de-de/search/t0.json</c>.</summary>
    private static string Unhashed(string path) => System.Text.RegularExpressions.Regex.Replace(path, @"\.[0-9a-f]{8}(\.[a-z]+)$", "$1");

    /// <summary>A stand-in stemmer for these tests: drops one trailing "s".</summary>
    private sealed class TrailingSStemmer : IStemmer
    {
        public string Stem(string word) => word.Length > 3 && word.EndsWith('s') ? word[..^1] : word;
    }
}
