using System.Text;
using HelpGen.Diagnostics;
using HelpGen.Theming;
using static HelpGen.Tests.Theming.ThemeTestSupport;

namespace HelpGen.Tests.Theming;

public sealed class ThemeLoadingTests
{
    [Fact]
    public void Load_WithoutALayout_ReportsThemeInvalidForThatFile()
    {
        var files = DefaultFilesCopy();
        files.Remove("layouts/search.hbs");

        var (theme, diagnostics) = Load(files);

        Assert.Null(theme);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ThemeInvalid, diagnostic.Code);
        Assert.Equal("test-theme/layouts/search.hbs", diagnostic.File);
    }

    [Fact]
    public void Load_WithATemplateThatDoesNotParse_ReportsFileAndLine()
    {
        var files = DefaultFilesCopy();
        files["partials/toc.hbs"] = Encoding.UTF8.GetBytes("<nav>\n<ol>\n{{Article.Title }\n</ol>\n</nav>\n");

        var (theme, diagnostics) = Load(files);

        Assert.Null(theme);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.ThemeInvalid, "test-theme/partials/toc.hbs"), (diagnostic.Code, diagnostic.File));
        Assert.InRange(diagnostic.Line, 3, 4); // Handlebars.Net reports where its reader stopped, just after the bad token.
    }

    [Fact]
    public void Load_WithAnUnclosedBlock_ReportsTheLayout()
    {
        var files = DefaultFilesCopy();
        files["layouts/home.hbs"] = Encoding.UTF8.GetBytes("{{> head}}\n{{#if Sections}}\n<p>never closed</p>\n");

        var (_, diagnostics) = Load(files);

        Assert.Equal(["test-theme/layouts/home.hbs"], diagnostics.Select(d => d.File));
    }

    [Fact]
    public void Load_WithAnElseIfWithoutCondition_ReportsInsteadOfThrowing()
    {
        var files = DefaultFilesCopy();
        files["layouts/section.hbs"] = Encoding.UTF8.GetBytes("{{#each Sections}}{{else if}}{{/each}}\n");

        var (theme, diagnostics) = Load(files);

        Assert.Null(theme);
        Assert.Equal(["test-theme/layouts/section.hbs"], diagnostics.Select(d => d.File));
    }

    [Fact]
    public void Load_WithAMissingPartial_ReportsTheLineThatUsesIt()
    {
        var files = DefaultFilesCopy();
        files["layouts/notfound.hbs"] = Encoding.UTF8.GetBytes("{{> head}}\n<body>\n\n{{> no-such-partial}}\n</body>\n");

        var (theme, diagnostics) = Load(files);

        Assert.Null(theme);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("test-theme/layouts/notfound.hbs", 4), (diagnostic.File, diagnostic.Line));
    }

    [Fact]
    public void Load_WithStringsThatAreNotYaml_ReportsFileAndLine()
    {
        var files = DefaultFilesCopy();
        files["i18n/de.yml"] = Encoding.UTF8.GetBytes("skip: Zum Inhalt\ntoc.title: [Auf dieser Seite\nsearch.title: Suche\n");

        var (theme, diagnostics) = Load(files);

        Assert.Null(theme);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.ThemeInvalid, "test-theme/i18n/de.yml"), (diagnostic.Code, diagnostic.File));
        Assert.InRange(diagnostic.Line, 2, 3);
    }

    [Fact]
    public void Load_WithoutEnglishStrings_ReportsTheMissingFile()
    {
        var files = DefaultFilesCopy();
        files.Remove("i18n/en.yml");

        var (theme, diagnostics) = Load(files);

        Assert.Null(theme);
        Assert.Equal(["test-theme/i18n/en.yml"], diagnostics.Select(d => d.File));
    }

    [Fact]
    public void Load_WithInvalidUtf8_ReportsTheFile()
    {
        var files = DefaultFilesCopy();
        files["partials/footer.hbs"] = [0x3c, 0x70, 0x3e, 0xff, 0xfe, 0x3c];

        var (_, diagnostics) = Load(files);

        Assert.Equal(["test-theme/partials/footer.hbs"], diagnostics.Select(d => d.File));
    }

    [Fact]
    public void Load_DefaultTheme_PublishesAssetsUnderTheme()
    {
        var paths = DefaultTheme.Assets.Select(a => a.SitePath).ToList();

        Assert.Contains("theme/style.css", paths);
        Assert.Contains("theme/search.js", paths);
        Assert.Contains("theme/search.css", paths);
        Assert.Contains("theme/chooser.js", paths);
        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
        Assert.All(DefaultTheme.Assets, a => Assert.NotEmpty(a.Content));
    }

    [Fact]
    public void EmbeddedTheme_OfTheLibrary_HoldsTheSameFilesAsTheFolder()
    {
        var embedded = HelpGen.Building.SiteBuilder.EmbeddedTheme();
        var folder = ThemeFiles.FromDirectory(DefaultThemePath);

        Assert.Equal(folder.Files.Keys, embedded.Files.Keys);
        Assert.All(folder.Files, f => Assert.Equal(f.Value, embedded.Files[f.Key]));
        Assert.Empty(embedded.Problems);
        Assert.Contains("layouts/article.hbs", embedded.Files.Keys);
    }

    [Fact]
    public void FromFiles_WithBackslashPaths_NormalizesThemToSlashes()
    {
        var files = ThemeFiles.FromFiles([KeyValuePair.Create("assets\\img\\logo.svg", new byte[] { 1 })]);

        Assert.Equal(["assets/img/logo.svg"], files.Files.Keys);
    }

    [Fact]
    public void FromFiles_WithAPathLeavingTheTheme_ReportsItAndDropsIt()
    {
        var files = ThemeFiles.FromFiles([KeyValuePair.Create("assets/../../secret.txt", new byte[] { 1 })]);

        Assert.Empty(files.Files);
        Assert.Equal(DiagnosticCodes.ThemeInvalid, Assert.Single(files.Problems).Code);
    }

    [Fact]
    public void FromDirectory_WithASymlinkLeavingTheTheme_DoesNotReadItAndReports()
    {
        using var temp = new TempFolder();
        var theme = Directory.CreateDirectory(Path.Combine(temp.Path, "theme"));
        Directory.CreateDirectory(Path.Combine(theme.FullName, "assets"));
        File.WriteAllText(Path.Combine(theme.FullName, "assets", "style.css"), "body{}");
        File.WriteAllText(Path.Combine(temp.Path, "secret.txt"), "secret");
        File.CreateSymbolicLink(Path.Combine(theme.FullName, "assets", "leak.txt"), Path.Combine(temp.Path, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(theme.FullName, "outside"), temp.Path);
        File.CreateSymbolicLink(Path.Combine(theme.FullName, "assets", "inside.css"), Path.Combine(theme.FullName, "assets", "style.css"));

        var files = ThemeFiles.FromDirectory(theme.FullName);

        Assert.Equal(["assets/inside.css", "assets/style.css"], files.Files.Keys);
        Assert.Equal(2, files.Problems.Count);
        Assert.All(files.Problems, p => Assert.Equal(DiagnosticCodes.ThemeInvalid, p.Code));
        var (loaded, diagnostics) = Load(files.Files.ToDictionary(), files);
        Assert.Null(loaded);
        Assert.Contains(diagnostics, d => d.File!.EndsWith("assets/leak.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void FromDirectory_ThatDoesNotExist_LoadsToNullWithADiagnostic()
    {
        var diagnostics = new DiagnosticBag();

        var theme = Theme.Load(ThemeFiles.FromDirectory(Path.Combine(Path.GetTempPath(), "helpgen-no-such-theme")), diagnostics);

        Assert.Null(theme);
        Assert.Contains(diagnostics.Sorted, d => d.Code == DiagnosticCodes.ThemeInvalid);
    }

    private static (Theme? Theme, IReadOnlyList<Diagnostic> Diagnostics) Load(Dictionary<string, byte[]> files, ThemeFiles? problemsFrom = null)
    {
        var diagnostics = new DiagnosticBag();
        var themeFiles = problemsFrom ?? ThemeFiles.FromFiles(files, "test-theme");
        var theme = Theme.Load(themeFiles, diagnostics);
        return (theme, diagnostics.Sorted);
    }
}
