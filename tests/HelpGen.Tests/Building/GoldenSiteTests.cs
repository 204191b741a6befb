using System.Text;
using HelpGen.Building;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Building;

/// <summary>
/// Whole pages of the fixture site under Fixtures/Golden/site/input, built with the repository's default theme,
/// compared with the committed files under expected/. HELPGEN_UPDATE_GOLDEN=1 rewrites them.
/// </summary>
public sealed class GoldenSiteTests
{
    /// <summary>The pages kept as golden files: one of each kind.</summary>
    private static readonly string[] Pages =
    [
        "index.html", "404.html", "sitemap.xml", "robots.txt",
        "en-us/index.html", "en-us/registration/index.html", "en-us/registration/sign-up/index.html", "en-us/faq/contact/index.html", "en-us/search/index.html",
        "ru-kz/index.html", "ru-kz/registration/sign-up/index.html", "ru-kz/faq/contact/index.html",
    ];

    private static readonly Lazy<BuildResult> Site = new(() =>
        new SiteBuilder().Build(new BuildOptions(RepoRoot.TestSource("Fixtures", "Golden", "site", "input"), RepoRoot.DefaultTheme)));

    private static string Expected => RepoRoot.TestSource("Fixtures", "Golden", "site", "expected");

    /// <summary>Every expected file on disk (and, when updating, every page in <see cref="Pages"/>).</summary>
    public static TheoryData<string> ExpectedFiles()
    {
        var files = Directory.Exists(Expected)
            ? Directory.EnumerateFiles(Expected, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(Expected, p).Replace('\\', '/'))
            : [];
        return new TheoryData<string>(files.Union(Golden.Updating ? Pages : []).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ExpectedFiles))]
    public void Build_OfGoldenSite_MatchesTheExpectedPage(string page)
    {
        Site.Value.AssertNoErrors();

        Golden.AssertMatches(Path.Combine(Expected, page), Encoding.UTF8.GetString(Site.Value.Output!.Find(page)?.Content ?? []));
    }

    [Fact]
    public void Golden_HasAnExpectedFileForEveryPageKind() =>
        Assert.All(Pages, page => Assert.True(File.Exists(Path.Combine(Expected, page)), $"{page}: run with HELPGEN_UPDATE_GOLDEN=1"));
}
