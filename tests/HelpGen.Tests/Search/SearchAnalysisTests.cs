using System.Text.Json;
using HelpGen.Markdown;
using HelpGen.Output;
using HelpGen.Search;
using HelpGen.Search.Languages;

namespace HelpGen.Tests.Search;

/// <summary>The language analysis of the index: stop words and forms in the manifest, compounds, quoted and code words.</summary>
public sealed class SearchAnalysisTests
{
    private static readonly SearchIndexBuilder Builder = new();

    [Fact]
    public void Languages_HaveStopWordsFormsAndCompoundSplittingOnlyForGerman()
    {
        Assert.Contains("the", SearchLanguages.For("en").StopWords);
        Assert.Contains("und", SearchLanguages.For("de-CH").StopWords);
        Assert.Contains("не", SearchLanguages.For("RU").StopWords);
        Assert.DoesNotContain("where", SearchLanguages.For("en").StopWords);
        Assert.Equal("pay", SearchLanguages.For("en").Forms["paid"]);
        Assert.Equal("kommen", SearchLanguages.For("de").Forms["kommt"]);
        Assert.Equal("хранить", SearchLanguages.For("ru").Forms["хранения"]);
        Assert.True(SearchLanguages.For("de").SplitsCompounds);
        Assert.False(SearchLanguages.For("en").SplitsCompounds);
        Assert.Empty(SearchLanguages.For("fr").StopWords);
    }

    [Fact]
    public void Build_IrregularForms_ShareOneStemAndTheManifestListsTheFormsTheSiteLacks()
    {
        var files = Builder.Build("de-de", "de", [Doc("de-de/a/b/", "Das Paket kommt nicht", "Wann kam es?")], SearchIndexFormat.Json);

        var words = Json(files, "t0").GetProperty("w");
        Assert.Equal("komm", words.GetProperty("kommt").GetString());
        Assert.Equal("komm", words.GetProperty("kam").GetString());
        var manifest = Json(files, "manifest");
        Assert.Equal("komm", manifest.GetProperty("forms").GetProperty("gekommen").GetString());
        Assert.False(manifest.GetProperty("forms").TryGetProperty("kommt", out _));
        Assert.Contains("und", manifest.GetProperty("stop").EnumerateArray().Select(e => e.GetString()));
        Assert.True(manifest.GetProperty("compounds").GetBoolean());
    }

    [Fact]
    public void Build_GermanCompound_IsIndexedUnderItsPartsWithTitleCredit()
    {
        var files = Builder.Build(
            "de-de",
            "de",
            [Doc("de-de/a/1/", "Auszahlungstermine", "Wann"), Doc("de-de/a/2/", "Auszahlung", "Termine und Fristen")],
            SearchIndexFormat.Json);

        var postings = Json(files, "t0").GetProperty("p");
        var termin = PostingEncoder.Decode(postings.GetProperty("termin").GetString()!);
        Assert.Equal([0, 1], termin.Select(p => p.Document));
        Assert.Equal(1u, termin[0].Mask & 1u);
        Assert.True(termin[0].Weight > termin[1].Weight);
    }

    [Fact]
    public void Build_English_DoesNotSplitCompounds()
    {
        var files = Builder.Build("en-us", "en", [Doc("en-us/a/1/", "Passwordreset"), Doc("en-us/a/2/", "Password", "reset")], SearchIndexFormat.Json);

        var password = PostingEncoder.Decode(Json(files, "t0").GetProperty("p").GetProperty("password").GetString()!);
        Assert.Equal([1], password.Select(p => p.Document));
    }

    [Fact]
    public void Build_WordsOnlyInQuotesOrCode_WeighLessThanBodyWordsAndMarkNoSection()
    {
        var quoted = Doc("en-us/a/1/", "Searching") with
        {
            Sections = [new TextSection(null, null, "Type \u201Crefund\u201D or parcel here and more words", Code: "parcel")],
        };
        var plain = Doc("en-us/a/2/", "Other", "A refund of the parcel here and more words");
        var files = Builder.Build("en-us", "en", [quoted, plain], SearchIndexFormat.Json);

        var p = Json(files, "t0").GetProperty("p");
        foreach (var stem in new[] { "refund", "parcel" })
        {
            var list = PostingEncoder.Decode(p.GetProperty(stem).GetString()!);
            Assert.True(list[0].Weight < list[1].Weight, stem);
            Assert.Equal(0u, list[0].Mask);
        }
    }

    [Fact]
    public void Build_Synonyms_AreNormalizedIntoTheManifest()
    {
        var files = Builder.Build("ru-ru", "ru", [Doc("ru-ru/a/b/", "Личный кабинет")], SearchIndexFormat.Json, synonyms: [["ЛК", "Личный  кабинет"], ["один"]]);

        var groups = Json(files, "manifest").GetProperty("synonyms").EnumerateArray().Select(g => g.EnumerateArray().Select(e => e.GetString()).ToList()).ToList();
        Assert.Equal([["лк", "личный кабинет"]], groups);
    }

    [Fact]
    public void PlainText_KeepsCodeInTheTextAndRepeatsItInCode()
    {
        var document = Markdig.Markdown.Parse("Click `Save` now.\n\n```\nconfig value\n```\n");

        var section = Assert.Single(PlainText.Sections(document));
        Assert.Contains("Save", section.Text, StringComparison.Ordinal);
        Assert.Equal("Save config value", section.Code);
    }

    private static SearchDocument Doc(string url, string title, string body = "") =>
        new(url, title, null, "a", "A", [], [new TextSection(null, null, body)]);

    private static JsonElement Json(IReadOnlyList<OutputFile> files, string name) => SearchTestSupport.IndexJson(files, name);
}
