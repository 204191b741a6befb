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
        files.Remove("layouts/search.sbn-html");

        var (theme, diagnostics) = Load(files);

        Assert.Null(theme);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ThemeInvalid, diagnostic.Code);
        Assert.Equal("test-theme/layouts/search.sbn-html", diagnostic.File);
    }

    [Fact]
    public void Load_WithATemplateThatDoesNotParse_ReportsFileLineAndColumn()
    {
        var files = DefaultFilesCopy();
        files["partials/toc.sbn-html"] = Encoding.UTF8.GetBytes("<nav>\n<ol>\n<li>{{ article.title + }}</li>\n</ol>\n</nav>\n");

        var (theme, diagnostics) = Load(files);

        Assert.Null(theme);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.ThemeInvalid, "test-theme/partials/toc.sbn-html", 3), (diagnostic.Code, diagnostic.File, diagnostic.Line));
        Assert.InRange(diagnostic.Column, 5, 24);
        Assert.StartsWith("test-theme/partials/toc.sbn-html:3:", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WithAnUnclosedBlock_ReportsTheLayout()
    {
        var files = DefaultFilesCopy();
        files["layouts/home.sbn-html"] = Encoding.UTF8.GetBytes("{{ include 'head' }}\n{{ if sections.size > 0 }}\n<p>never closed</p>\n");

        var (theme, diagnostics) = Load(files);

        Assert.Null(theme);
        Assert.Equal(["test-theme/layouts/home.sbn-html"], diagnostics.Select(d => d.File).Distinct());
    }

    [Fact]
    public void Load_WithErrorsInSeveralTemplates_ReportsAllOfThemInOneRun()
    {
        var files = DefaultFilesCopy();
        files["layouts/section.sbn-html"] = Encoding.UTF8.GetBytes("{{ for s in sections }}\n");
        files["partials/pager.sbn-html"] = Encoding.UTF8.GetBytes("<nav>\n{{ article.titel }}\n</nav>\n");
        files["partials/toc.sbn-html"] = Encoding.UTF8.GetBytes("{{ tite }}\n");

        var (_, diagnostics) = Load(files);

        Assert.Equal(
            ["test-theme/layouts/section.sbn-html", "test-theme/partials/pager.sbn-html", "test-theme/partials/toc.sbn-html"],
            diagnostics.Select(d => d.File).Distinct().Order(StringComparer.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.ThemeInvalid, d.Code));
    }

    [Theory]
    [InlineData("<p>\n  {{ titel }}</p>\n", 2, 6, "unknown variable 'titel'")]
    [InlineData("<p>{{ article.titel }}</p>\n", 1, 15, "'titel' is not a member of ArticleView")]
    [InlineData("{{ for s in sections }}{{ for a in s.articles }}\n{{ a.summery }}{{ end }}{{ end }}\n", 2, 6, "'summery' is not a member of ArticleLinkView")]
    [InlineData("{{ if article.previous }}{{ article.previous.lnk }}{{ end }}\n", 1, 46, "'lnk' is not a member of LinkView")]
    [InlineData("{{ for s in sections }}{{ if for.lats }}x{{ end }}{{ end }}\n", 1, 30, "for.lats")]
    [InlineData("{{ if sections.count > 0 }}x{{ end }}\n", 1, 16, "'count' is not a member of a list of SectionView")]
    [InlineData("{{ transl 'skip' }}\n", 1, 4, "unknown variable 'transl'")]
    public void Load_WithAMisspelledName_ReportsItAtItsLineAndColumn(string template, int line, int column, string message)
    {
        var files = DefaultFilesCopy();
        files["partials/notices.sbn-html"] = Encoding.UTF8.GetBytes(template);

        var (theme, diagnostics) = Load(files);

        Assert.Null(theme);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(("test-theme/partials/notices.sbn-html", line, column), (diagnostic.File, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Load_WithNamesTheTemplateSetsItself_AcceptsThem()
    {
        var files = DefaultFilesCopy();
        files["partials/notices.sbn-html"] = Encoding.UTF8.GetBytes(
            "{{ capture label }}{{ t 'draft' }}{{ end }}{{ count = sections.size }}{{ for s in sections }}{{ s.title | string.upcase }}{{ for.index }}{{ end }}{{ label }}{{ count }}\n");

        var (theme, diagnostics) = Load(files);

        Assert.True(theme is not null, string.Join("\n", diagnostics));
    }

    [Theory]
    [InlineData("../../etc/passwd", "not the path")]
    [InlineData("/etc/passwd", "not the path")]
    [InlineData("../layouts/home", "not the path")]
    [InlineData("partials/footer", "not the path")]
    [InlineData("no-such-partial", "the theme has no partial 'no-such-partial'")]
    public void Load_WithAnIncludeThatIsNotAPartialOfTheTheme_ReportsIt(string name, string message)
    {
        var files = DefaultFilesCopy();
        files["layouts/notfound.sbn-html"] = Encoding.UTF8.GetBytes($"{{{{ include 'head' }}}}\n<body>\n\n{{{{ include '{name}' }}}}\n</body>\n");

        var (theme, diagnostics) = Load(files);

        Assert.Null(theme);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("test-theme/layouts/notfound.sbn-html", 4, 12), (diagnostic.File, diagnostic.Line, diagnostic.Column));
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WithALeftoverHandlebarsTemplate_WarnsThatItIsIgnored()
    {
        var files = DefaultFilesCopy();
        files["partials/extra.hbs"] = Encoding.UTF8.GetBytes("{{#if Title}}{{/if}}");

        var (theme, diagnostics) = Load(files);

        Assert.NotNull(theme);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((Severity.Warning, "test-theme/partials/extra.hbs"), (diagnostic.Severity, diagnostic.File));
        Assert.Contains("extra.sbn-html", diagnostic.Message, StringComparison.Ordinal);
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
    public void Load_WithStringsThatAreAListInsteadOfKeys_ReportsFileAndLine()
    {
        var files = DefaultFilesCopy();
        files["i18n/de.yml"] = Encoding.UTF8.GetBytes("# Deutsch\n- Zum Inhalt\n- Suche\n");

        var (theme, diagnostics) = Load(files);

        Assert.Null(theme);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.ThemeInvalid, "test-theme/i18n/de.yml", 2), (diagnostic.Code, diagnostic.File, diagnostic.Line));
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
        files["partials/footer.sbn-html"] = [0x3c, 0x70, 0x3e, 0xff, 0xfe, 0x3c];

        var (_, diagnostics) = Load(files);

        Assert.Equal(["test-theme/partials/footer.sbn-html"], diagnostics.Select(d => d.File));
    }

    [Fact]
    public void Load_DefaultTheme_PublishesAssetsUnderTheme()
    {
        var names = DefaultTheme.Assets.Select(a => a.Name).ToList();

        Assert.Contains("style.css", names);
        Assert.Contains("search.js", names);
        Assert.Contains("search.css", names);
        Assert.Contains("chooser.js", names);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.All(DefaultTheme.Assets, a => Assert.NotEmpty(a.Content));
    }

    [Fact]
    public void Load_DefaultTheme_PublishesEveryAssetUnderThemeWithItsContentHashInTheName()
    {
        Assert.All(DefaultTheme.Assets, a =>
        {
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(a.Content))[..8];
            var dot = a.Name.LastIndexOf('.');
            Assert.Equal($"theme/{a.Name[..dot]}.{hash}{a.Name[dot..]}", a.SitePath);
        });
    }

    [Fact]
    public void Load_ThemeWhoseStylesheetNamesAnImage_RewritesTheUrlToTheImagesHashedName()
    {
        var files = DefaultFilesCopy();
        files["assets/img/logo.svg"] = "<svg xmlns='http://www.w3.org/2000/svg'/>"u8.ToArray();
        files["assets/css/extra.css"] = "a { background: url('../img/logo.svg') } b { background: url(data:x) } i { background: url(https://example.org/x.svg) }"u8.ToArray();

        var (theme, _) = Load(files);

        var logo = theme!.Assets.Single(a => a.Name == "img/logo.svg").SitePath;
        var css = System.Text.Encoding.UTF8.GetString(theme.Assets.Single(a => a.Name == "css/extra.css").Content);
        Assert.Matches(@"^theme/img/logo\.[0-9a-f]{8}\.svg$", logo);
        Assert.Equal($"a {{ background: url('../img/{logo[(logo.LastIndexOf('/') + 1)..]}') }} b {{ background: url(data:x) }} i {{ background: url(https://example.org/x.svg) }}", css);
    }

    [Fact]
    public void EmbeddedTheme_OfTheLibrary_HoldsTheSameFilesAsTheFolder()
    {
        var embedded = HelpGen.Building.SiteBuilder.EmbeddedTheme();
        var folder = ThemeFiles.FromDirectory(DefaultThemePath);

        Assert.Equal(folder.Files.Keys, embedded.Files.Keys);
        Assert.All(folder.Files, f => Assert.Equal(f.Value, embedded.Files[f.Key]));
        Assert.Empty(embedded.Problems);
        Assert.Contains("layouts/article.sbn-html", embedded.Files.Keys);
        Assert.DoesNotContain(embedded.Files.Keys, k => k.EndsWith(".hbs", StringComparison.Ordinal));
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
