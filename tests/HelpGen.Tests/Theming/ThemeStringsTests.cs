using System.Text;
using System.Text.RegularExpressions;
using HelpGen.Diagnostics;
using HelpGen.Theming;
using static HelpGen.Tests.Theming.ThemeTestSupport;

namespace HelpGen.Tests.Theming;

public sealed partial class ThemeStringsTests
{
    [Theory]
    [InlineData("en", "toc.title", "On this page")]
    [InlineData("de", "toc.title", "Auf dieser Seite")]
    [InlineData("ru", "toc.title", "На этой странице")]
    [InlineData("de", "country.KZ", "Kasachstan")]
    [InlineData("ru", "language.ru", "Русский")]
    [InlineData("RU", "country.DE", "Германия")]
    [InlineData("fr", "toc.title", "On this page")]
    [InlineData("ru-KZ", "toc.title", "На этой странице")]
    public void Strings_ForALanguage_GivesItsOwnTextOrEnglish(string language, string key, string expected)
    {
        Assert.Equal(expected, DefaultTheme.Strings(language)[key]);
    }

    [Fact]
    public void Strings_WithAKeyMissingInOneLanguage_FallsBackToEnglishForThatKeyOnly()
    {
        var theme = DefaultThemeWith("i18n/de.yml", "toc.title: Auf dieser Seite\ncountry:\n  KZ: Kasachstan\n");

        var strings = theme.Strings("de");

        Assert.Equal("Auf dieser Seite", strings["toc.title"]);
        Assert.Equal("Kasachstan", strings["country.KZ"]);
        Assert.Equal("Last updated", strings["article.updated"]);
    }

    [Fact]
    public void Strings_NestedKeysQuotedTextAndYamlNull_ReadAsDottedKeysTextAndEmpty()
    {
        var theme = DefaultThemeWith("i18n/de.yml",
            "toc.title: \"Auf: dieser Seite\"\nsearch:\n  title: Suche\n  deep:\n    key: 'tief'\nskip: ~\narticle.updated: null\nnav.sections:\n");

        var strings = theme.Strings("de");

        Assert.Equal(
            ["Auf: dieser Seite", "Suche", "tief", "", "", ""],
            new[] { "toc.title", "search.title", "search.deep.key", "skip", "article.updated", "nav.sections" }.Select(k => strings[k]));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("ru")]
    public void DefaultTheme_TranslatesEveryEnglishKey(string language)
    {
        var english = LoadOrFail(ThemeFiles.FromFiles(OnlyEnglish())).Strings("en");
        var files = DefaultFilesCopy();
        files["i18n/en.yml"] = Encoding.UTF8.GetBytes("skip: x\n");
        var translated = LoadOrFail(ThemeFiles.FromFiles(files)).Strings(language);

        Assert.Equal(Array.Empty<string>(), english.Keys.Where(k => !translated.ContainsKey(k)).Order(StringComparer.Ordinal).ToArray());
        Assert.True(english.Count > 50);
    }

    [Fact]
    public void DefaultTheme_DefinesEveryStringItsTemplatesUse()
    {
        var english = DefaultTheme.Strings("en");
        var used = ThemeFiles.FromDirectory(DefaultThemePath).Files
            .Where(f => f.Key.EndsWith(".sbn-html", StringComparison.Ordinal))
            .SelectMany(f => StringKeyPattern().Matches(Encoding.UTF8.GetString(f.Value)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        Assert.NotEmpty(used);
        Assert.Equal(Array.Empty<string>(), used.Where(k => !english.ContainsKey(k)).ToArray());
    }

    [Fact]
    public void DefaultTheme_NamesEveryCountryAndLanguageTheSiteUsesInEveryLanguage()
    {
        foreach (var language in DefaultTheme.Languages)
        {
            var strings = DefaultTheme.Strings(language);
            foreach (var key in new[] { "country.RU", "country.KZ", "country.BY", "country.DE", "country.AT", "country.CH", "country.US", "country.GB", "country.UA", "country.UZ", "country.KG", "language.en", "language.de", "language.ru", "home", "search", "notfound.title" })
            {
                Assert.True(strings.ContainsKey(key), $"{language}: {key}");
            }
        }

        Assert.Equal(["de", "en", "ru"], DefaultTheme.Languages);
        Assert.NotEqual(DefaultTheme.Strings("de")["country.AT"], DefaultTheme.Strings("ru")["country.AT"]);
    }

    private static Dictionary<string, byte[]> OnlyEnglish()
    {
        var files = DefaultFilesCopy();
        foreach (var key in files.Keys.Where(k => k.StartsWith("i18n/", StringComparison.Ordinal) && k != "i18n/en.yml").ToList())
        {
            files.Remove(key);
        }

        return files;
    }

    [GeneratedRegex("""\{\{ t '([^']+)'""")]
    private static partial Regex StringKeyPattern();
}
