using System.IO.Compression;
using System.Text;
using AngleSharp.Html.Parser;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Cli;

public sealed class BundleCommandTests
{
    private const string Files = """
        -- en/registration/sign-up.md --
        ---
        title: Sign up
        ---
        See [payouts](xref:payouts/set-up).
        -- en/payouts/set-up.md --
        ---
        title: Set up payouts
        ---
        Text.
        -- ru/registration/sign-up.md --
        ---
        title: Регистрация
        ---
        Текст.
        """;

    [Fact]
    public void Bundle_OfAllLocales_IsAZipOfIndexHtmlLinksAndScriptSearchIndexes()
    {
        using var site = TempSite.Create(Files);
        var zip = Path.Combine(site.Root, "help.zip");

        var result = CliRunner.Run("bundle", "--source", site.Source, "--output", zip);

        Assert.True(result.ExitCode == 0, result.ToString());
        var entries = Entries(zip);
        Assert.Contains("index.html", entries.Keys);
        Assert.Contains("en-us/search/manifest.js", entries.Keys);
        Assert.DoesNotContain(entries.Keys, e => e.EndsWith(".json", StringComparison.Ordinal));
        Assert.Contains("href=\"../../payouts/set-up/index.html\"", entries["en-us/registration/sign-up/index.html"]);
    }

    [Fact]
    public void Bundle_WithOneLocale_OpensOnItsHomeAndOffersOnlyThatLocale()
    {
        using var site = TempSite.Create(Files);
        var zip = Path.Combine(site.Root, "ru.zip");

        var result = CliRunner.Run("bundle", "--source", site.Source, "--locale", "ru-kz", "--output", zip);

        Assert.True(result.ExitCode == 0, result.ToString());
        var entries = Entries(zip);
        Assert.Contains("url=ru-kz/index.html", entries["index.html"]);
        Assert.DoesNotContain(entries.Keys, e => e.StartsWith("en-us/", StringComparison.Ordinal) || e.StartsWith("ru-ru/", StringComparison.Ordinal));
        var page = new HtmlParser().ParseDocument(entries["ru-kz/registration/sign-up/index.html"]);
        Assert.DoesNotContain(page.QuerySelectorAll("a[hreflang]"), a => a.GetAttribute("hreflang") != "ru-KZ");
        Assert.NotEmpty(page.QuerySelectorAll("a[hreflang]"));
    }

    [Fact]
    public void Bundle_TwiceFromTheSameInput_GivesByteIdenticalZips()
    {
        using var site = TempSite.Create(Files);
        var first = Path.Combine(site.Root, "a.zip");
        var second = Path.Combine(site.Root, "b.zip");

        Assert.Equal(0, CliRunner.Run("bundle", "--source", site.Source, "--output", first).ExitCode);
        Assert.Equal(0, CliRunner.Run("bundle", "--source", site.Source, "--output", second).ExitCode);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void Bundle_WithUnknownLocale_ExitsWith2AndWritesNothing()
    {
        using var site = TempSite.Create(Files);
        var zip = Path.Combine(site.Root, "x.zip");

        var result = CliRunner.Run("bundle", "--source", site.Source, "--locale", "fr-fr", "--output", zip);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("HG0004", result.Stderr);
        Assert.False(File.Exists(zip));
    }

    private static Dictionary<string, string> Entries(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        });
    }
}
