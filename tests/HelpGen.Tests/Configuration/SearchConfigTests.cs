using HelpGen.Configuration;
using HelpGen.Diagnostics;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Configuration;

public sealed class SearchConfigTests
{
    private static (SiteConfig? Config, IReadOnlyList<Diagnostic> Diagnostics) Parse(string search)
    {
        var bag = new DiagnosticBag();
        var config = SiteConfigLoader.Parse(TempSite.StandardConfig + "\n" + search, "site.yml", bag);
        return (config, bag.Sorted);
    }

    [Fact]
    public void Parse_SearchSynonyms_ReadsGroupsPerLanguage()
    {
        var (config, diagnostics) = Parse("search:\n  synonyms:\n    ru: [[ЛК, личный кабинет]]\n    de: [[Kennwort, Passwort], [Paket, Sendung, Lieferung]]\n");

        Assert.Empty(diagnostics);
        Assert.Equal(["ЛК", "личный кабинет"], config!.Search.SynonymsFor("ru")[0]);
        Assert.Equal(2, config.Search.SynonymsFor("de").Count);
        Assert.Equal(["Paket", "Sendung", "Lieferung"], config.Search.SynonymsFor("de")[1]);
        Assert.Empty(config.Search.SynonymsFor("en"));
    }

    [Fact]
    public void Parse_WithoutSearch_HasNoSynonyms()
    {
        var (config, diagnostics) = Parse(string.Empty);

        Assert.Empty(diagnostics);
        Assert.Empty(config!.Search.Synonyms);
    }

    [Theory]
    [InlineData("feedback: yes\n")]
    [InlineData("feedback:\n  url: ftp://example.org/{key}\n")]
    [InlineData("feedback:\n  email: true\n")]
    public void Parse_BadFeedback_ReportsHG0003(string yaml)
    {
        var (config, diagnostics) = Parse(yaml);

        Assert.Null(config);
        Assert.Equal(DiagnosticCodes.ConfigInvalidValue, Assert.Single(diagnostics, d => d.IsError).Code);
    }

    [Theory]
    [InlineData("search:\n  synonyms:\n    fr: [[a, b]]\n", 3)]
    [InlineData("search:\n  synonyms:\n    de: [[Kennwort]]\n", 3)]
    [InlineData("search:\n  synonyms:\n    de: Kennwort\n", 3)]
    [InlineData("search:\n  synonyms: [a, b]\n", 2)]
    [InlineData("search: yes\n", 1)]
    public void Parse_BadSynonyms_ReportsHG0003WithThePosition(string search, int relativeLine)
    {
        var (config, diagnostics) = Parse(search);

        Assert.Null(config);
        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.ConfigInvalidValue, error.Code);
        Assert.Equal(TempSite.StandardConfig.Split('\n').Length + relativeLine, error.Line);
    }
}
