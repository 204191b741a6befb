using System.Text;
using HelpGen.Building;
using HelpGen.Theming;
using static HelpGen.Tests.Theming.ThemeTestSupport;

namespace HelpGen.Tests.Theming;

/// <summary>A theme folder holding one partial and two German strings, layered over the built-in theme.</summary>
public sealed class ThemeLayeringTests : IDisposable
{
    private const string Footer = "<footer class=\"my-footer\">{{ t 'footer.note' }} · {{ site.title }}</footer>\n";

    private readonly TempFolder _folder = new();

    public ThemeLayeringTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "partials"));
        Directory.CreateDirectory(Path.Combine(_folder.Path, "i18n"));
        File.WriteAllText(Path.Combine(_folder.Path, "partials", "footer.sbn-html"), Footer);
        File.WriteAllText(Path.Combine(_folder.Path, "i18n", "de.yml"), "footer.note: Mit Sorgfalt gemacht\nskip: Direkt zum Inhalt\n");
    }

    private ThemeFiles Layered => ThemeFiles.FromDirectory(_folder.Path).LayeredOver(SiteBuilder.EmbeddedTheme());

    [Fact]
    public void Render_WithAOnePartialTheme_UsesItsFooterAndEverythingElseFromTheDefault()
    {
        var theme = LoadOrFail(Layered);
        var model = SamplePages.Article(theme, "de", "DE");

        var html = theme.Render(model);
        var original = DefaultTheme.Render(SamplePages.Article(DefaultTheme, "de", "DE"));

        Assert.Contains("<footer class=\"my-footer\">Mit Sorgfalt gemacht · Member Help Center</footer>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("site-footer", html, StringComparison.Ordinal);
        var head = original[..original.IndexOf("<a class=\"skip-link\"", StringComparison.Ordinal)];
        Assert.StartsWith(head, html, StringComparison.Ordinal);
        Assert.Contains("<nav class=\"toc\"", html, StringComparison.Ordinal);
        Assert.Equal(DefaultTheme.Assets.Select(a => a.SitePath), theme.Assets.Select(a => a.SitePath));
    }

    [Fact]
    public void Strings_OfALayeredTheme_MergeKeyByKey()
    {
        var theme = LoadOrFail(Layered);

        Assert.Equal("Direkt zum Inhalt", theme.Strings("de")["skip"]);
        Assert.Equal("Mit Sorgfalt gemacht", theme.Strings("de")["footer.note"]);
        Assert.Equal(DefaultTheme.Strings("de")["toc.title"], theme.Strings("de")["toc.title"]);
        Assert.NotEqual(DefaultTheme.Strings("en")["toc.title"], theme.Strings("de")["toc.title"]);
        Assert.Equal(DefaultTheme.Strings("en")["skip"], theme.Strings("en")["skip"]);
        Assert.Equal("footer.note", Assert.Single(theme.Strings("de").Keys.Except(DefaultTheme.Strings("de").Keys)));
    }

    [Fact]
    public void Load_WithAnErrorInTheOverridingFile_NamesTheThemeFolderFile()
    {
        File.WriteAllText(Path.Combine(_folder.Path, "partials", "footer.sbn-html"), "<footer>\n{{ site.titel }}\n</footer>\n");
        var diagnostics = new HelpGen.Diagnostics.DiagnosticBag();

        var theme = Theme.Load(Layered, diagnostics);

        Assert.Null(theme);
        var diagnostic = Assert.Single(diagnostics.Sorted);
        Assert.Equal(($"{_folder.Path}/partials/footer.sbn-html", 2, 9), (diagnostic.File, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void DisplayPath_OfALayeredTheme_NamesTheLayerAFileComesFrom()
    {
        var files = Layered;

        Assert.Equal($"{_folder.Path}/partials/footer.sbn-html", files.DisplayPath("partials/footer.sbn-html"));
        Assert.Equal("embedded:theme/partials/header.sbn-html", files.DisplayPath("partials/header.sbn-html"));
        Assert.Equal(Encoding.UTF8.GetBytes(Footer), files.Files["partials/footer.sbn-html"]);
    }

    [Fact]
    public void Build_WithTheOnePartialThemeFolder_ShowsItsFooterOnEveryPageAndKeepsTheRest()
    {
        using var site = new TempFolder();
        var source = Path.Combine(site.Path, "articles");
        HelpGen.Tests.TestSupport.FolderSnapshot.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sites", "basic"), source);
        var output = Path.Combine(site.Path, "_site");

        var result = HelpGen.Tests.TestSupport.CliRunner.Run("build", "--source", source, "--theme", _folder.Path, "--output", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        var german = File.ReadAllText(Path.Combine(output, "de-de", "registration", "sign-up", "index.html"));
        Assert.Contains("<footer class=\"my-footer\">Mit Sorgfalt gemacht", german, StringComparison.Ordinal);
        Assert.Contains("<a class=\"skip-link\" href=\"#hg-main\">Direkt zum Inhalt</a>", german, StringComparison.Ordinal);
        Assert.Contains("<nav class=\"breadcrumbs\"", german, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(output, "theme"), "style.*.css"));
        var english = File.ReadAllText(Path.Combine(output, "en-us", "index.html"));
        Assert.Contains("<footer class=\"my-footer\">footer.note", english, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
