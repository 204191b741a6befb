using HelpGen.Building;
using HelpGen.Output;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Output;

public sealed class BuildCacheTests
{
    private const string Files = """
        -- en/faq/a.md --
        ---
        title: A
        ---
        See [sign up](xref:registration/sign-up#step-2).
        -- en/registration/sign-up.md --
        ---
        title: Sign up
        ---
        ## Step 2
        -- ru/registration/sign-up.md --
        ---
        title: Регистрация
        ---
        ## Шаг 2
        """;

    private sealed class Fixture : IDisposable
    {
        private int _clean;

        public Fixture()
        {
            Site = TempSite.Create(Files);
            Theme = Path.Combine(Site.Root, "theme");
            foreach (var file in Directory.EnumerateFiles(RepoRoot.DefaultTheme, "*", SearchOption.AllDirectories))
            {
                var copy = Path.Combine(Theme, Path.GetRelativePath(RepoRoot.DefaultTheme, file));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
            }
        }

        public TempSite Site { get; }

        public string Theme { get; }

        public string Output => Path.Combine(Site.Root, "out");

        public BuildResult BuildCached() => new SiteBuilder().Build(new BuildOptions(Site.Source, Theme, UseCache: true), Output);

        /// <summary>Builds with the cached build and into a fresh folder without cache; asserts both folders hold the same bytes.</summary>
        public bool BuildAndCompare()
        {
            var cached = BuildCached();
            var clean = Path.Combine(Site.Root, $"clean-{_clean++}");
            var fresh = new SiteBuilder().Build(new BuildOptions(Site.Source, Theme), clean);
            Assert.False(cached.HasErrors || fresh.HasErrors, string.Join("\n", cached.Diagnostics.Concat(fresh.Diagnostics)));
            Assert.Equal(fresh.PageCount, cached.PageCount);
            var expected = Snapshot(clean);
            var actual = Snapshot(Output);
            Assert.Equal(expected.Keys, actual.Keys);
            Assert.All(expected, file => Assert.True(file.Value.SequenceEqual(actual[file.Key]), $"{file.Key} differs from the clean build"));
            Directory.Delete(clean, recursive: true);
            return cached.FromCache;
        }

        public string CacheFile => new BuildCache(Output).FilePath;

        public void Dispose() => Site.Dispose();

        private static SortedDictionary<string, byte[]> Snapshot(string folder) =>
            new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);
    }

    [Fact]
    public void CachedBuild_AfterEditsThemeAndConfigChangesAndACorruptCache_EqualsACleanBuildByteForByte()
    {
        using var f = new Fixture();

        Assert.False(f.BuildAndCompare());
        Assert.True(f.BuildAndCompare());

        f.Site.Write("en/faq/a.md", "---\ntitle: A\n---\nNow [sign up](xref:registration/sign-up) first.\n");
        Assert.False(f.BuildAndCompare());
        Assert.True(f.BuildAndCompare());

        File.AppendAllText(Path.Combine(f.Theme, "assets", "style.css"), "\nbody { margin: 0; }\n");
        Assert.False(f.BuildAndCompare());

        File.WriteAllText(f.Site.Path("site.yml"), File.ReadAllText(f.Site.Path("site.yml")).Replace("Help Center", "Support Center"));
        Assert.False(f.BuildAndCompare());
        Assert.True(f.BuildAndCompare());

        var cache = File.ReadAllBytes(f.CacheFile);
        File.WriteAllBytes(f.CacheFile, cache[..(cache.Length / 2)]);
        Assert.False(f.BuildAndCompare());
        Assert.True(f.BuildAndCompare());

        f.Site.Write("ru/faq/new.md", "---\ntitle: Новая\n---\nТекст.\n");
        Assert.False(f.BuildAndCompare());
    }

    [Fact]
    public void CachedBuild_WhenTheOutputWasChangedOrTheCacheDeleted_BuildsAgain()
    {
        using var f = new Fixture();
        f.BuildCached();
        var page = Path.Combine(f.Output, "en-us", "faq", "a", "index.html");
        var original = File.ReadAllBytes(page);

        File.WriteAllText(page, "edited by hand");
        Assert.False(f.BuildAndCompare());
        Assert.Equal(original, File.ReadAllBytes(page));

        File.Delete(Path.Combine(f.Output, "robots.txt"));
        Assert.False(f.BuildAndCompare());

        File.Delete(f.CacheFile);
        Assert.False(f.BuildAndCompare());
        Assert.True(f.BuildAndCompare());
    }

    [Fact]
    public void CachedBuild_WithWarnings_IsNotCached()
    {
        using var f = new Fixture();
        File.WriteAllText(f.Site.Path("site.yml"), File.ReadAllText(f.Site.Path("site.yml")).Replace("baseUrl: https://help.example.org/\n", string.Empty));

        var first = f.BuildCached();
        var second = f.BuildCached();

        Assert.NotEmpty(first.Diagnostics);
        Assert.False(second.FromCache);
        Assert.Equal(first.Diagnostics.Select(d => d.Code), second.Diagnostics.Select(d => d.Code));
        Assert.False(File.Exists(f.CacheFile));
    }
}
