using HelpGen.Configuration;
using HelpGen.Diagnostics;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Configuration;

public sealed class SiteConfigLoaderTests
{
    private static (SiteConfig? Config, IReadOnlyList<Diagnostic> Diagnostics) Parse(string yaml)
    {
        var bag = new DiagnosticBag();
        var config = SiteConfigLoader.Parse(yaml, "site.yml", bag);
        return (config, bag.Sorted);
    }

    [Fact]
    public void Parse_WithStandardConfig_ReadsLocalesSectionsAndTitles()
    {
        var (config, diagnostics) = Parse(TempSite.StandardConfig);

        Assert.Empty(diagnostics);
        Assert.NotNull(config);
        Assert.Equal(["en-us", "de-de", "ru-ru", "ru-kz"], config!.Locales.Select(l => l.Code));
        Assert.Equal("ru-KZ", config.Locales[3].Bcp47);
        Assert.Equal(["registration", "payouts", "faq"], config.Sections.Select(s => s.Id));
        Assert.Equal("Регистрация", config.Sections[0].Title.Get("ru"));
        Assert.Equal("Hilfe-Center", config.Title.Get("de"));
        Assert.Equal("https://help.example.org/", config.BaseUrl);
        Assert.Equal("en-us", config.DefaultLocale);
        Assert.Null(config.Fallback);
    }

    [Fact]
    public void Load_WithoutSiteYml_ReportsHG0001()
    {
        using var site = TempSite.Create("-- en/faq/a.md --\n---\ntitle: A\n---\n", standardConfig: false);
        var bag = new DiagnosticBag();

        var config = SiteConfigLoader.Load(site.Source, bag);

        Assert.Null(config);
        var error = Assert.Single(bag.Sorted);
        Assert.Equal(DiagnosticCodes.ConfigMissing, error.Code);
        Assert.True(error.IsError);
        Assert.EndsWith("site.yml", error.File);
    }

    [Fact]
    public void Parse_WithInvalidYaml_ReportsHG0002OnTheLineOfTheError()
    {
        var (config, diagnostics) = Parse("title: Help\nlocales:\n  - { code: en-us, language: en\nsections: [faq]\n");

        Assert.Null(config);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ConfigInvalidYaml, error.Code);
        Assert.InRange(error.Line, 3, 4);
    }

    [Theory]
    [InlineData("{ code: en-xx, language: english, country: US }")]
    [InlineData("{ code: en-xx, language: EN, country: US }")]
    [InlineData("{ code: en-xx, language: en, country: XX }")]
    [InlineData("{ code: en-xx, language: en, country: USA }")]
    public void Parse_WithInvalidLanguageOrCountry_ReportsHG0004OnTheLocaleLine(string locale)
    {
        var (config, diagnostics) = Parse($"title: Help\nlocales:\n  - {locale}\nsections: [faq]\n");

        Assert.Null(config);
        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.ConfigInvalidLocale, error.Code);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Parse_WithLowerCaseCountry_AcceptsItAndStoresUpperCase()
    {
        var (config, diagnostics) = Parse("title: Help\nlocales:\n  - { code: ru-kz, language: ru, country: kz }\nsections: [faq]\n");

        Assert.Empty(diagnostics);
        Assert.Equal("KZ", config!.Locales[0].Country);
    }

    [Fact]
    public void Parse_WithUnknownKey_WarnsAndStillLoads()
    {
        var (config, diagnostics) = Parse("title: Help\ncolour: blue\nlocales:\n  - { code: en-us, language: en, country: US }\nsections: [faq]\n");

        Assert.NotNull(config);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(DiagnosticCodes.ConfigInvalidValue, warning.Code);
        Assert.Equal(2, warning.Line);
    }

    [Fact]
    public void Parse_WithSeveralProblems_ReportsAllOfThem()
    {
        var (config, diagnostics) = Parse("title: Help\nlocales:\n  - { code: a, language: xx, country: US }\n  - { code: b, language: en, country: ZZ }\nsections:\n  - id: search\nbaseUrl: ftp://x\n");

        Assert.Null(config);
        Assert.Equal(2, diagnostics.Count(d => d.Code == DiagnosticCodes.ConfigInvalidLocale));
        Assert.Equal(2, diagnostics.Count(d => d.Code == DiagnosticCodes.ConfigInvalidValue));
    }

    [Fact]
    public void Parse_WithFallbackNoLocaleSpeaks_ReportsAnError()
    {
        var (config, diagnostics) = Parse("title: Help\nlocales:\n  - { code: en-us, language: en, country: US }\nsections: [faq]\nfallback: fr\n");

        Assert.Null(config);
        Assert.Equal(5, Assert.Single(diagnostics).Line);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("example.org/contact")]
    public void Parse_WithSupportUrlThatIsNotHttp_ReportsAnErrorOnItsLine(string url)
    {
        var (config, diagnostics) = Parse($"title: Help\nlocales:\n  - {{ code: en-us, language: en, country: US }}\nsections: [faq]\nsupport:\n  url: \"{url}\"\n");

        Assert.Null(config);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ConfigInvalidValue, error.Code);
        Assert.Equal(6, error.Line);
    }
}
