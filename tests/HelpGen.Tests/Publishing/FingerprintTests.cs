using HelpGen.Output;
using System.IO.Compression;
using System.Text.RegularExpressions;
using HelpGen.Building;
using HelpGen.Bundling;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Publishing;

/// <summary>The real site with fingerprinted names: pages and manifests name files that exist, check and bundle agree.</summary>
public sealed partial class FingerprintTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "helpgen-tests", "fingerprint-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Build_OfArticles_ReferencesOnlyHashedThemeFilesThatExist_AndMarksThemImmutable()
    {
        var site = new SiteBuilder().Build(new BuildOptions(RepoRoot.Articles, RepoRoot.DefaultTheme));

        var paths = site.Output!.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        Assert.All(paths.Where(p => p.StartsWith("theme/", StringComparison.Ordinal)), p => Assert.Matches(HashedName(), p));
        var home = site.Text("en-us/index.html");
        var references = ThemeReference().Matches(home).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains(references, r => Regex.IsMatch(r, @"^theme/style\.[0-9a-f]{8}\.css$"));
        Assert.All(references, r => Assert.Contains(r, paths));
        Assert.Contains($"/theme/*\n  Cache-Control: {HostFiles.ImmutableCache}\n", site.Text("_headers"));
        Assert.Contains($"/ru-kz/search/*\n  Cache-Control: {HostFiles.ImmutableCache}\n", site.Text("_headers"));
    }

    [Fact]
    public void Build_OfArticles_ManifestNamesEveryIndexFileOfItsLocale()
    {
        var site = new SiteBuilder().Build(new BuildOptions(RepoRoot.Articles, RepoRoot.DefaultTheme));

        using var manifest = System.Text.Json.JsonDocument.Parse(site.Text("de-de/search/manifest.json"));
        var listed = manifest.RootElement.GetProperty("files").EnumerateObject().Select(p => $"de-de/search/{p.Value.GetString()}.json").Order(StringComparer.Ordinal);
        var present = site.Output!.Files.Select(f => f.Path).Where(p => p.StartsWith("de-de/search/", StringComparison.Ordinal) && p.EndsWith(".json", StringComparison.Ordinal) && !p.EndsWith("/manifest.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(present, listed);
    }

    [Fact]
    public void Check_OfTheBuiltSite_FindsNothingMissing()
    {
        var output = Path.Combine(_root, "site");
        Assert.Equal(0, CliRunner.Run("build", "--source", RepoRoot.Articles, "--theme", RepoRoot.DefaultTheme, "--output", output).ExitCode);

        var check = CliRunner.Run("check", "--site", output, "--format", "json");

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains("\"problems\": []", check.Stdout);
    }

    [Fact]
    public void Bundle_OfArticles_HasTheHashedFilesItsPagesAndManifestScriptsName()
    {
        var site = new SiteBuilder().Build(new BuildOptions(RepoRoot.Articles, RepoRoot.DefaultTheme, LinkStyle: LinkStyle.IndexHtml)).Output!;
        using var zip = new ZipArchive(new MemoryStream(OfflineBundle.Create(site, null)));

        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        using var reader = new StreamReader(zip.GetEntry("ru-ru/search/manifest.js")!.Open());
        var manifest = reader.ReadToEnd();
        var names = Regex.Matches(manifest, @"""([tmpx]\d+\.[0-9a-f]{8})""").Select(m => $"ru-ru/search/{m.Groups[1].Value}.js").ToList();
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.Contains(n, entries));
        Assert.Contains(entries, e => Regex.IsMatch(e, @"^theme/search\.[0-9a-f]{8}\.js$"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [GeneratedRegex(@"^theme/.+\.[0-9a-f]{8}\.[a-z0-9]+$")]
    private static partial Regex HashedName();

    [GeneratedRegex(@"(?:href|src)=""\.\./(theme/[^""]+)""")]
    private static partial Regex ThemeReference();
}
