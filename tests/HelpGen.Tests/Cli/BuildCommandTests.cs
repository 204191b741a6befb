using System.Globalization;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Cli;

/// <summary>End-to-end: the real helpgen command tree on the fixture site under Fixtures/Sites/basic.</summary>
public sealed class BuildCommandTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "helpgen-tests", Guid.NewGuid().ToString("N"));

    public BuildCommandTests()
    {
        FolderSnapshot.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sites", "basic"), Source);
    }

    private string Source => Path.Combine(_work, "articles");

    private string Out(string name = "_site") => Path.Combine(_work, name);

    private CliResult Build(string output, params string[] more) =>
        CliRunner.Run(["build", "--source", Source, "--theme", RepoRoot.DefaultTheme, "--output", output, .. more]);

    [Fact]
    public void Build_OnFixture_ExitsZeroAndWritesTheSite()
    {
        var result = Build(Out());

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"^Built 4 locales, \d+ pages into .*_site/ in \d+[.,]\d\d s\.\n$", result.Stdout);
        Assert.Equal(string.Empty, result.Stderr);
        var files = FolderSnapshot.Of(Out()).Files.Keys;
        string[] expected =
        [
            "index.html", "404.html", "sitemap.xml", "robots.txt", "assets/map.svg", "old/sign-up.html",
            "en-us/index.html", "en-us/registration/sign-up/index.html", "en-us/faq/contact/index.html", "en-us/search/index.html",
            "de-de/registration/sign-up/index.html", "de-de/faq/contact/index.html",
            "ru-ru/registration/sign-up/index.html", "ru-ru/faq/contact/index.html",
            "ru-kz/registration/sign-up/index.html", "ru-kz/payouts/index.html", "ru-kz/payouts/kz-bank/index.html",
            "_redirects", "_headers",
        ];
        Assert.All(expected, path => Assert.Contains(path, files));
        Assert.Contains(files, f => System.Text.RegularExpressions.Regex.IsMatch(f, @"^theme/style\.[0-9a-f]{8}\.css$"));
        Assert.DoesNotContain(files, f => f.StartsWith("ru-ru/payouts", StringComparison.Ordinal) || f.StartsWith("en-us/payouts", StringComparison.Ordinal));
        Assert.Equal(["._site.helpgen-lock", ".helpgen-cache", "_site", "articles"], Directory.GetFileSystemEntries(_work).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["articles-_site.bin", "build-_site.json", "frontmatter-_site.bin"], Directory.GetFiles(Path.Combine(_work, ".helpgen-cache")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Build_AfterABodyEdit_RendersItsPagesAndSaysHowManyPagesWereKept()
    {
        Assert.Equal(0, Build(Out()).ExitCode);
        var page = Path.Combine(Out(), "en-us", "faq", "contact", "index.html");
        var contact = Path.Combine(Source, "en", "faq", "contact.md");
        File.WriteAllText(contact, File.ReadAllText(contact).Replace("first.", "before you write to us."));

        var result = Build(Out());

        Assert.True(result.ExitCode == 0, result.ToString());
        var match = System.Text.RegularExpressions.Regex.Match(result.Stdout, @"^Built 4 locales, (\d+) pages into .*_site/ in \d+[.,]\d\d s \((\d+) unchanged pages kept\)\.\n$");
        Assert.True(match.Success, result.Stdout);
        Assert.InRange(int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), 1, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) - 1);
        Assert.Contains("before you write to us.", File.ReadAllText(page));
    }

    [Fact]
    public void Build_TwiceWithoutChanges_KeepsTheOutputAndSaysNothingChanged()
    {
        Assert.Equal(0, Build(Out()).ExitCode);
        var before = FolderSnapshot.Of(Out());

        var result = Build(Out());

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"^Built 4 locales, \d+ pages into .*_site/ in \d+[.,]\d\d s \(nothing changed: output kept\)\.\n$", result.Stdout);
        before.AssertSameAs(FolderSnapshot.Of(Out()));
    }

    [Fact]
    public void Build_WithContentError_ExitsOneWithLocatedDiagnosticsAndLeavesThePreviousOutput()
    {
        Assert.Equal(0, Build(Out()).ExitCode);
        var before = FolderSnapshot.Of(Out());
        File.WriteAllText(Path.Combine(Source, "en", "faq", "contact.md"), "---\ntitle: Contact\n\nno closing line\n");
        var german = Path.Combine(Source, "de", "registration", "sign-up.md");
        var brokenLine = File.ReadAllLines(german).Length + 2;
        File.AppendAllText(german, "\n[kaputt](xref:faq/nothing)\n");

        var result = Build(Out());

        Assert.True(result.ExitCode == 1, result.ToString());
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, $@"/de/registration/sign-up\.md:{brokenLine}:1: error HG2003: "));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"/en/faq/contact\.md:1:1: error HG1001: "));
        Assert.Contains("left untouched", result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
        before.AssertSameAs(FolderSnapshot.Of(Out()));
    }

    [Fact]
    public void Build_WithoutSiteYml_ExitsTwo()
    {
        File.Delete(Path.Combine(Source, "site.yml"));

        var result = Build(Out());

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("error HG0001:", result.Stderr);
        Assert.False(Directory.Exists(Out()));
    }

    [Theory]
    [InlineData("sections:\n", "  - { code: xx-yy, language: xx, country: YY }\nsections:\n", "HG0004")]
    [InlineData("fallback: en\n", "fallback: en\nlocales: [\n", "HG0002")]
    public void Build_WithInvalidSiteYml_ExitsTwo(string find, string replace, string code)
    {
        var path = Path.Combine(Source, "site.yml");
        File.WriteAllText(path, File.ReadAllText(path).Replace(find, replace, StringComparison.Ordinal));

        var result = Build(Out());

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Matches($@"site\.yml:\d+:\d+: error {code}: ", result.Stderr);
        Assert.False(Directory.Exists(Out()));
    }

    [Fact]
    public void Build_WithUnknownOption_ExitsTwo()
    {
        var result = Build(Out(), "--no-such-option");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--no-such-option", result.Stderr);
        Assert.False(Directory.Exists(Out()));
    }

    [Fact]
    public void Build_Twice_IsByteIdenticalAcrossRunsCulturesAndOutputPaths()
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            Assert.Equal(0, Build(Out("first")).ExitCode);
            Assert.Equal(0, Build(Out("first")).ExitCode);
            var first = FolderSnapshot.Of(Out("first"));
            foreach (var culture in new[] { "tr-TR", "ru-RU" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                var output = Out(Path.Combine("nested", culture, "site"));

                Assert.Equal(0, Build(output).ExitCode);

                first.AssertSameAs(FolderSnapshot.Of(output));
            }
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    [Fact]
    public void Build_AsProcessWithRelativePathsAndTurkishCulture_MatchesTheInProcessBuild()
    {
        Assert.Equal(0, Build(Out("in-process")).ExitCode);
        var theme = Path.GetRelativePath(_work, RepoRoot.DefaultTheme);
        var environment = new Dictionary<string, string?> { ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8", ["TZ"] = "Pacific/Kiritimati" };

        var result = CliRunner.RunProcess(_work, environment, "build", "--source", "articles", "--theme", theme, "--output", "out");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("Built 4 locales, ", result.Stdout);
        FolderSnapshot.Of(Out("in-process")).AssertSameAs(FolderSnapshot.Of(Out("out")));
    }

    [Fact]
    public void Build_AsProcessWithContentError_PrintsPathsRelativeToTheCurrentFolderAndExitsOne()
    {
        File.WriteAllText(Path.Combine(Source, "en", "faq", "contact.md"), "---\ntitle: Contact\n---\nSee [x](xref:faq/missing).\n");
        var theme = Path.GetRelativePath(_work, RepoRoot.DefaultTheme);

        var result = CliRunner.RunProcess(_work, null, "build", "--source", "articles", "--theme", theme, "--output", "out");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith("articles/en/faq/contact.md:4:5: error HG2003: ", result.Stderr);
        Assert.False(Directory.Exists(Out("out")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_work)) Directory.Delete(_work, recursive: true);
    }
}
