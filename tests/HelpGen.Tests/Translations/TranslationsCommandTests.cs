using System.Text.Json;
using HelpGen.Diagnostics;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Translations;

/// <summary>helpgen translations on a fixture with one missing, one outdated and one undated translation, in every format.</summary>
public sealed class TranslationsCommandTests : IDisposable
{
    private const string Fixture = """
        -- en/registration/sign-up.md --
        ---
        title: Sign up
        updated: 2026-03-01
        ---
        -- de/registration/sign-up.md --
        ---
        title: Registrieren
        updated: 2026-01-10
        ---
        -- ru/registration/sign-up.md --
        ---
        title: Регистрация
        updated: 2026-03-05
        ---
        -- ru/registration/sign-up.kz.md --
        ---
        title: Регистрация в Казахстане
        ---
        -- en/faq/contact.md --
        ---
        title: Contact
        ---
        -- ru/faq/contact.md --
        ---
        title: Контакты
        ---
        -- ru/payouts/kz-only.md --
        ---
        title: Только KZ
        countries: [KZ]
        ---
        -- en/faq/draft.md --
        ---
        title: Draft
        draft: true
        ---
        """;

    private readonly TempSite _site = TempSite.Create(Fixture);

    [Fact]
    public void Translations_Text_GroupsByLanguageWithASummaryLineAndListsEveryStaleArticle()
    {
        var result = CliRunner.Run("translations", "--source", _site.Source);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"""
            Translations of 3 articles compared with 'en':
            en (reference): 2/2 present
            de: 1/2 translated, 1 outdated
              missing   faq/contact: SRC/de/faq/contact.md
              outdated  registration/sign-up: SRC/de/registration/sign-up.md (updated 2026-01-10, en 2026-03-01)
            ru: 4/4 translated, 0 outdated, 1 without date
              unknown   registration/sign-up (KZ): SRC/ru/registration/sign-up.kz.md (no 'updated', en 2026-03-01)

            """.Replace("\r\n", "\n"), Shown(result.Stdout));
    }

    [Fact]
    public void Translations_GitHub_WarnsOnTheStaleFilesAndTheReferenceOfAMissingOne()
    {
        var result = CliRunner.Run("translations", "--source", _site.Source, "--format", "github");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("""
            ::warning file=SRC/en/faq/contact.md,line=1::'de' translation of faq/contact is missing: SRC/de/faq/contact.md
            ::warning file=SRC/de/registration/sign-up.md,line=1::'de' translation of registration/sign-up is outdated: updated 2026-01-10, 'en' 2026-03-01 (SRC/en/registration/sign-up.md)
            ::warning file=SRC/ru/registration/sign-up.kz.md,line=1::'ru' translation of registration/sign-up (KZ) has no 'updated' date; 'en' was updated 2026-03-01 (SRC/en/registration/sign-up.md)
            en (reference): 2/2 present
            de: 1/2 translated, 1 outdated
            ru: 4/4 translated, 0 outdated, 1 without date

            """.Replace("\r\n", "\n"), Shown(result.Stdout));
    }

    [Fact]
    public void Translations_Json_ListsEveryEntryWithStatusFilesAndDates()
    {
        var result = CliRunner.Run("translations", "--source", _site.Source, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(Shown(result.Stdout));
        var root = json.RootElement;
        Assert.Equal("en", root.GetProperty("reference").GetString());
        Assert.Equal(3, root.GetProperty("articles").GetInt32());
        var de = root.GetProperty("languages")[1];
        Assert.Equal("de|False|2|1|1|1|0", string.Join('|', de.GetProperty("language").GetString(), de.GetProperty("reference").GetBoolean(), de.GetProperty("expected").GetInt32(), de.GetProperty("translated").GetInt32(), de.GetProperty("missing").GetInt32(), de.GetProperty("outdated").GetInt32(), de.GetProperty("unknown").GetInt32()));
        var entries = root.GetProperty("entries").EnumerateArray()
            .Select(e => $"{e.GetProperty("language").GetString()} {e.GetProperty("key").GetString()} {e.GetProperty("country").GetString() ?? "-"} {e.GetProperty("status").GetString()} {e.GetProperty("file").GetString()} {e.GetProperty("updated").GetString() ?? "-"} {e.GetProperty("referenceFile").GetString() ?? "-"} {e.GetProperty("referenceUpdated").GetString() ?? "-"}")
            .ToList();
        Assert.Equal(
        [
            "en faq/contact - present SRC/en/faq/contact.md - SRC/en/faq/contact.md -",
            "en registration/sign-up - present SRC/en/registration/sign-up.md 2026-03-01 SRC/en/registration/sign-up.md 2026-03-01",
            "de faq/contact - missing SRC/de/faq/contact.md - SRC/en/faq/contact.md -",
            "de registration/sign-up - outdated SRC/de/registration/sign-up.md 2026-01-10 SRC/en/registration/sign-up.md 2026-03-01",
            "ru faq/contact - present SRC/ru/faq/contact.md - SRC/en/faq/contact.md -",
            "ru payouts/kz-only - present SRC/ru/payouts/kz-only.md - - -",
            "ru registration/sign-up - present SRC/ru/registration/sign-up.md 2026-03-05 SRC/en/registration/sign-up.md 2026-03-01",
            "ru registration/sign-up KZ unknown SRC/ru/registration/sign-up.kz.md - SRC/en/registration/sign-up.md 2026-03-01",
        ], entries.Select(Shown));
    }

    [Theory]
    [InlineData("missing", 1)]
    [InlineData("outdated", 1)]
    public void Translations_WithFailOn_ExitsWith1WhenThatStatusIsFound(string failOn, int exitCode)
    {
        var result = CliRunner.Run("translations", "--source", _site.Source, "--fail-on", failOn);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.StartsWith("Translations of 3 articles", result.Stdout);
    }

    [Fact]
    public void Translations_WithFailOnOutdated_IgnoresUndatedTranslations()
    {
        using var site = TempSite.Create("""
            -- en/faq/contact.md --
            ---
            title: Contact
            updated: 2026-03-01
            ---
            -- de/faq/contact.md --
            ---
            title: Kontakt
            ---
            -- ru/faq/contact.md --
            ---
            title: Контакты
            updated: 2026-03-01
            ---
            """);

        var result = CliRunner.Run("translations", "--source", site.Source, "--fail-on", "outdated", "--fail-on", "missing");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("de: 1/1 translated, 0 outdated, 1 without date\n", result.Stdout);
    }

    [Fact]
    public void Translations_WithFallback_ComparesWithTheFallbackLanguage()
    {
        using var site = TempSite.Create($"""
            -- site.yml --
            {TempSite.StandardConfig}
            fallback: ru
            -- en/faq/contact.md --
            ---
            title: Contact
            updated: 2026-01-01
            ---
            -- ru/faq/contact.md --
            ---
            title: Контакты
            updated: 2026-03-01
            ---
            """);

        var result = CliRunner.Run("translations", "--source", site.Source);

        Assert.StartsWith("Translations of 1 articles compared with 'ru':\nru (reference): 1/1 present\nen: 1/1 translated, 1 outdated\n", result.Stdout);
    }

    [Fact]
    public void Translations_WithMissingSource_ReportsHG0005AndExits2()
    {
        var result = CliRunner.Run("translations", "--source", Path.Combine(_site.Root, "nowhere"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error {DiagnosticCodes.SourceFolderMissing}:", result.Stderr);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void Translations_WithUnknownFormat_IsAUsageError()
    {
        var result = CliRunner.Run("translations", "--source", _site.Source, "--format", "xml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("xml", result.Stderr);
    }

    public void Dispose() => _site.Dispose();

    private string Shown(string text) => text.Replace(_site.Source, "SRC", StringComparison.Ordinal);
}
