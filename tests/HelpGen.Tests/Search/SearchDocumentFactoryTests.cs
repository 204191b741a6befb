namespace HelpGen.Tests.Search;

public sealed class SearchDocumentFactoryTests
{
    private static readonly IReadOnlyDictionary<string, (string Language, IReadOnlyList<HelpGen.Search.SearchDocument> Documents, IReadOnlyList<IReadOnlyList<string>> Synonyms)> Locales =
        SearchTestSupport.LoadDocuments(SearchTestSupport.FixturePath("relevance", "articles"));

    [Fact]
    public void ForLocale_CountryLimitedArticle_IsOnlyInItsCountrysLocale()
    {
        var kz = Locales["ru-kz"].Documents.Select(d => d.Url).ToList();
        var ru = Locales["ru-ru"].Documents.Select(d => d.Url).ToList();

        Assert.Contains("ru-kz/logistics/pickup-points/", kz);
        Assert.DoesNotContain(ru, url => url.Contains("pickup-points", StringComparison.Ordinal));
    }

    [Fact]
    public void ForLocale_CountryVariant_ReplacesTheGenericText()
    {
        var kz = Locales["ru-kz"].Documents.Single(d => d.Url == "ru-kz/logistics/delivery-options/");
        var ru = Locales["ru-ru"].Documents.Single(d => d.Url == "ru-ru/logistics/delivery-options/");

        Assert.Contains("Казахстан", kz.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("Казахстан", ru.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void ForLocale_TakesTitleSummaryTagsSectionTitleAndHeadingIdsFromTheArticle()
    {
        var document = Locales["de-de"].Documents.Single(d => d.Url == "de-de/personal-account/forgot-password/");

        Assert.Equal("Passwort vergessen", document.Title);
        Assert.Equal("personal-account", document.SectionId);
        Assert.Equal("Persönlicher Bereich", document.SectionTitle);
        Assert.Contains("Passwort zurücksetzen", document.Tags);
        Assert.False(string.IsNullOrEmpty(document.Summary));
        Assert.Contains(document.Sections, s => s.HeadingId == "reset");
    }
}
