using System.Text;
using HelpGen.Content;
using HelpGen.Diagnostics;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Cli;

/// <summary>The repository's own articles/ folder, built by the real CLI with the default theme.</summary>
public sealed class RealArticlesTests : IClassFixture<RealArticlesTests.BuiltSite>
{
    private readonly BuiltSite _site;

    public RealArticlesTests(BuiltSite site)
    {
        _site = site;
    }

    [Fact]
    public void Build_OfArticles_ExitsZeroWithFourLocales()
    {
        Assert.True(_site.Result.ExitCode == 0, _site.Result.ToString());
        Assert.StartsWith("Built 4 locales, ", _site.Result.Stdout);
        foreach (var locale in new[] { "en-us", "de-de", "ru-ru", "ru-kz" })
        {
            Assert.True(_site.Files.ContainsKey($"{locale}/index.html"), locale);
        }

        Assert.True(_site.Files.ContainsKey("sitemap.xml"));
    }

    [Fact]
    public void Build_OfArticles_WritesKzOnlyArticlesUnderRuKzOnly()
    {
        var kzOnly = RussianArticles().Where(a => a.FrontMatter.Countries.SequenceEqual(["KZ"]) || (a.Country == "KZ" && !File.Exists(Path.Combine(Path.GetDirectoryName(a.Path)!, a.Slug + ".md")))).ToList();

        Assert.NotEmpty(kzOnly);
        foreach (var article in kzOnly)
        {
            var folder = $"/{article.Section}/{article.Slug}/index.html";
            Assert.Equal([$"ru-kz{folder}"], _site.Files.Keys.Where(p => p.EndsWith(folder, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Build_OfArticles_ShowsKzVariantTextUnderRuKzOnly()
    {
        var variants = RussianArticles().Where(a => a.Country == "KZ").ToList();

        Assert.NotEmpty(variants);
        foreach (var variant in variants)
        {
            var generic = Path.Combine(Path.GetDirectoryName(variant.Path)!, variant.Slug + ".md");
            if (!File.Exists(generic)) continue;
            var genericText = File.ReadAllText(generic);
            var marker = variant.Body.Split('\n').Select(PlainLine).First(l => l is not null && !genericText.Contains(l, StringComparison.Ordinal))!;
            var page = $"ru-kz/{variant.Section}/{variant.Slug}/index.html";

            Assert.Contains(marker, _site.Files[page]);
            Assert.Equal([page], _site.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal) && f.Value.Contains(marker, StringComparison.Ordinal)).Select(f => f.Key));
            Assert.DoesNotContain(marker, _site.Files[$"ru-ru/{variant.Section}/{variant.Slug}/index.html"]);
        }
    }

    [Fact]
    public void Build_OfArticlesAgainElsewhereInAnotherCulture_IsByteIdentical()
    {
        var output = Path.Combine(Path.GetTempPath(), "helpgen-tests", Guid.NewGuid().ToString("N"));
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("tr-TR");

            var result = CliRunner.Run("build", "--source", RepoRoot.Articles, "--theme", RepoRoot.DefaultTheme, "--output", output);

            Assert.True(result.ExitCode == 0, result.ToString());
            FolderSnapshot.Of(_site.Output).AssertSameAs(FolderSnapshot.Of(output));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>A line of prose with no Markdown markup, long enough to be distinctive; else null.</summary>
    private static string? PlainLine(string line) =>
        line.Length > 30 && line.IndexOfAny(['*', '_', '[', '`', '#', '<', '>', '&', '|', '"', '\'']) < 0 && char.IsLetter(line[0]) ? line.Trim() : null;

    private static IEnumerable<(string Path, string Section, string Slug, string? Country, FrontMatter FrontMatter, string Body)> RussianArticles()
    {
        foreach (var path in Directory.EnumerateFiles(Path.Combine(RepoRoot.Articles, "ru"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path).Split('.');
            var text = HelpGen.Configuration.TextDecoder.Decode(File.ReadAllBytes(path));
            var frontMatter = FrontMatterParser.Parse(text, path, new DiagnosticBag(), out var bodyStart, out _)!;
            var body = text[bodyStart..];
            yield return (path, Path.GetFileName(Path.GetDirectoryName(path)!), name[0], name.Length > 1 ? name[1].ToUpperInvariant() : null, frontMatter, body);
        }
    }

    /// <summary>articles/ built once into a temporary folder for all tests of the class.</summary>
    public sealed class BuiltSite : IDisposable
    {
        public string Output { get; } = Path.Combine(Path.GetTempPath(), "helpgen-tests", Guid.NewGuid().ToString("N"), "_site");

        public BuiltSite()
        {
            Result = CliRunner.Run("build", "--source", RepoRoot.Articles, "--theme", RepoRoot.DefaultTheme, "--output", Output);
            Files = Directory.Exists(Output)
                ? Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
                    .ToDictionary(p => Path.GetRelativePath(Output, p).Replace('\\', '/'), p => File.ReadAllText(p, Encoding.UTF8), StringComparer.Ordinal)
                : [];
        }

        public CliResult Result { get; }

        public IReadOnlyDictionary<string, string> Files { get; }

        public void Dispose()
        {
            var parent = Path.GetDirectoryName(Output)!;
            if (Directory.Exists(parent)) Directory.Delete(parent, recursive: true);
        }
    }
}
