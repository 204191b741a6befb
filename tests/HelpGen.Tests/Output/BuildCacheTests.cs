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
        -- en/payouts/bank.md --
        ---
        title: Bank payouts
        ---
        Payouts go to your bank account once a month.
        -- en/payouts/card.md --
        ---
        title: Card payouts
        ---
        Payouts to a card arrive within a day.
        -- ru/payouts/kz-only.kz.md --
        ---
        title: Только Казахстан
        ---
        ## Счёт
        -- ru/payouts/ru-only.ru.md --
        ---
        title: Только Россия
        ---
        Выплаты приходят раз в месяц.
        -- de/payouts/bank.md --
        ---
        title: Auszahlung auf das Bankkonto
        ---
        Auszahlungen gehen einmal im Monat auf Ihr Bankkonto.
        """;

    private sealed class Fixture : IDisposable
    {
        private int _clean;

        public Fixture(string files = Files)
        {
            Site = TempSite.Create(files);
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
        public bool BuildAndCompare() => BuildAndCompareResult().FromCache;

        /// <summary>Like <see cref="BuildAndCompare"/>, giving the cached build's result.</summary>
        public BuildResult BuildAndCompareResult()
        {
            var cached = BuildCached();
            var clean = Path.Combine(Site.Root, $"clean-{_clean++}");
            var fresh = new SiteBuilder().Build(new BuildOptions(Site.Source, Theme), clean);
            Assert.False(cached.HasErrors || fresh.HasErrors, string.Join("\n", cached.Diagnostics.Concat(fresh.Diagnostics)));
            Assert.Equal(fresh.PageCount, cached.PageCount);
            Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), cached.Diagnostics.Select(d => d.ToString()));
            var expected = Snapshot(clean);
            var actual = Snapshot(Output);
            Assert.Equal(expected.Keys, actual.Keys);
            Assert.All(expected, file => Assert.True(file.Value.SequenceEqual(actual[file.Key]), $"{file.Key} differs from the clean build"));
            Directory.Delete(clean, recursive: true);
            return cached;
        }

        /// <summary>The build's output folder, file by file.</summary>
        public SortedDictionary<string, byte[]> OutputFiles => Snapshot(Output);

        public string CacheFile => new BuildCache(Output).FilePath;

        public string StoreFile => new BuildCache(Output).ArticlesPath;

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

        File.WriteAllText(Path.Combine(f.Output, "en-us", "faq", "stray.txt"), "added by hand");
        Assert.False(f.BuildAndCompare());
        Assert.True(f.BuildAndCompare());
        Directory.CreateDirectory(Path.Combine(f.Output, "de-de", "faq", "new"));
        File.WriteAllText(Path.Combine(f.Output, "de-de", "faq", "new", "index.html"), "added by hand");
        Assert.False(f.BuildAndCompare());

        File.Delete(f.CacheFile);
        Assert.False(f.BuildAndCompare());
        Assert.True(f.BuildAndCompare());
    }

    [Fact]
    public void Save_TakesTheTimesTheSinkRecorded_AndAWrongOneOnlyMakesTheNextLookupAMiss()
    {
        using var site = TempSite.Create(Files);
        var output = Path.Combine(site.Root, "out");
        var sink = new FolderSink(output);
        sink.Add("a/index.html", "<p>a</p>"u8);
        sink.Add("b.txt", "b"u8);
        var cache = new BuildCache(output);
        var record = new BuildRecord("fingerprint", 1, 1);
        var real = new FileInfo(Path.Combine(output, "a", "index.html"));

        Assert.Equal((real.Length, real.LastWriteTimeUtc.Ticks), sink.Written["a/index.html"]);
        cache.Save(record, sink.Files, written: sink.Written);
        Assert.NotNull(cache.Lookup());

        var wrong = new Dictionary<string, (long Size, long Ticks)>(sink.Written) { ["a/index.html"] = (real.Length, real.LastWriteTimeUtc.Ticks - 1) };
        cache.Save(record, sink.Files, written: wrong);
        Assert.Null(cache.Lookup());
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

    [Fact]
    public void IncrementalBuild_AfterBodyHeadingTitleAndFileChangesAndDamagedCaches_EqualsACleanBuildByteForByte()
    {
        using var f = new Fixture();
        var first = f.BuildAndCompareResult();
        Assert.Equal(0, first.KeptPages);

        // A body edit: only the pages of that file (and those whose related articles change) are rendered again.
        f.Site.Write("en/payouts/card.md", "---\ntitle: Card payouts\n---\nPayouts to a card arrive within a day, or two at most.\n");
        var bodyEdit = f.BuildAndCompareResult();
        Assert.InRange(bodyEdit.KeptPages, 1, bodyEdit.PageCount - 1);

        // Nothing changed since: the record that build left (the lines of its kept pages taken from the listing of the
        // folder before it, the rest from the files) describes the folder, so the next build is skipped.
        Assert.True(f.BuildAndCompare());

        // Words that make another article related: still equal to a clean build.
        f.Site.Write("en/faq/a.md", "---\ntitle: A\n---\nSee [sign up](xref:registration/sign-up#step-2). Bank account payouts once a month.\n");
        Assert.InRange(f.BuildAndCompareResult().KeptPages, 1, bodyEdit.PageCount - 1);

        // A new heading changes the ids other pages may link to, a title the navigation: every page is rendered.
        f.Site.Write("en/payouts/card.md", "---\ntitle: Card payouts\n---\n## Timing\nPayouts to a card arrive within a day.\n");
        Assert.Equal(0, f.BuildAndCompareResult().KeptPages);
        f.Site.Write("en/payouts/bank.md", "---\ntitle: Bank transfers\n---\nPayouts go to your bank account once a month.\n");
        Assert.Equal(0, f.BuildAndCompareResult().KeptPages);

        // A heading another page links to is renamed: that page is checked again and the broken anchor fails the build.
        f.Site.Write("en/registration/sign-up.md", "---\ntitle: Sign up\n---\n## Step two\n");
        Assert.Contains(f.BuildCached().Diagnostics, d => d.IsError && d.Message.Contains("'step-2'", StringComparison.Ordinal));
        f.Site.Write("en/registration/sign-up.md", "---\ntitle: Sign up\n---\n## Step 2\n");
        Assert.Empty(f.BuildAndCompareResult().Diagnostics);
        f.Site.Write("en/payouts/card.md", "---\ntitle: Card payouts\n---\n## Timing\nPayouts to a card arrive within a day or so.\n");
        Assert.InRange(f.BuildAndCompareResult().KeptPages, 1, bodyEdit.PageCount - 1);

        // A damaged store: a cut-off tail and a changed byte are detected; the articles are parsed again.
        var store = File.ReadAllBytes(f.StoreFile);
        File.WriteAllBytes(f.StoreFile, store[..(store.Length - 7)]);
        f.Site.Write("de/payouts/bank.md", "---\ntitle: Auszahlung auf das Bankkonto\n---\nAuszahlungen gehen monatlich auf Ihr Bankkonto.\n");
        f.BuildAndCompareResult();
        store = File.ReadAllBytes(f.StoreFile);
        store[store.Length / 2] ^= 0x5A;
        File.WriteAllBytes(f.StoreFile, store);
        f.Site.Write("en/payouts/card.md", "---\ntitle: Card payouts\n---\n## Timing\nPayouts to a card arrive within two days.\n");
        f.BuildAndCompareResult();

        // A truncated build record, a theme change, a file added and one removed.
        var record = File.ReadAllBytes(f.CacheFile);
        File.WriteAllBytes(f.CacheFile, record[..(record.Length / 2)]);
        f.Site.Write("en/payouts/card.md", "---\ntitle: Card payouts\n---\n## Timing\nPayouts to a card arrive within three days.\n");
        Assert.Equal(0, f.BuildAndCompareResult().KeptPages);
        File.AppendAllText(Path.Combine(f.Theme, "assets", "style.css"), "\nmain { padding: 1px; }\n");
        Assert.Equal(0, f.BuildAndCompareResult().KeptPages);
        f.Site.Write("en/faq/b.md", "---\ntitle: B\n---\nCard payouts and bank payouts.\n");
        Assert.Equal(0, f.BuildAndCompareResult().KeptPages);
        File.Delete(f.Site.Path("en/faq/b.md"));
        Assert.Equal(0, f.BuildAndCompareResult().KeptPages);

        // And back to keeping pages once the shape is stable again.
        f.Site.Write("en/payouts/card.md", "---\ntitle: Card payouts\n---\n## Timing\nPayouts to a card arrive within four days.\n");
        Assert.InRange(f.BuildAndCompareResult().KeptPages, 1, bodyEdit.PageCount - 1);
    }

    [Fact]
    public void IncrementalBuild_KeepsTheSearchTextsOfUnchangedArticles_AndWritesAnEditedOnesAgainEvenWhenEditedBack()
    {
        // More articles than one index file takes (SearchIndexOptions.ShardThreshold): one text block per article.
        static string Article(int i, string text) => $"---\ntitle: Question {i}\n---\nAnswer number {i} {text}.\n";
        var files = string.Concat(Enumerable.Range(0, 210).Select(i => $"-- en/faq/q{i:000}.md --\n{Article(i, "about payouts")}"));
        using var f = new Fixture(files);
        f.BuildAndCompareResult();
        var first = TextBlockTimes(f.Output);
        Assert.Equal(210, first.Count);

        f.Site.Write("en/faq/q100.md", Article(100, "about bank payouts, edited"));
        var edited = f.BuildAndCompareResult();
        Assert.InRange(edited.KeptPages, 1, edited.PageCount - 1);
        var second = TextBlockTimes(f.Output);
        // Only the edited article's block is written; every other one is the previous build's file, untouched.
        Assert.Equal(["en-us/search/x100"], NewOrTouched(first, second));

        // Back to the first text: the store still has that version, but the last build's block is the edited one's.
        f.Site.Write("en/faq/q100.md", Article(100, "about payouts"));
        f.BuildAndCompareResult();
        Assert.Equal(["en-us/search/x100"], NewOrTouched(second, TextBlockTimes(f.Output)));
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), TextBlockTimes(f.Output).Keys.Order(StringComparer.Ordinal));

        static Dictionary<string, long> TextBlockTimes(string output) =>
            Directory.EnumerateFiles(Path.Combine(output, "en-us", "search"), "x*.json")
                .ToDictionary(p => "en-us/search/" + Path.GetFileName(p), p => File.GetLastWriteTimeUtc(p).Ticks, StringComparer.Ordinal);

        static List<string> NewOrTouched(Dictionary<string, long> before, Dictionary<string, long> after) =>
            after.Where(p => before.GetValueOrDefault(p.Key) != p.Value).Select(p => p.Key[..p.Key.IndexOf('.')]).ToList();
    }

    [Fact]
    public void IncrementalBuild_LinkToAMissingAnchorOfAnArticleOnlyAKeptLocaleShows_FailsLikeACleanBuild()
    {
        using var f = new Fixture();
        f.BuildCached();
        f.Site.Write("ru/payouts/ru-only.ru.md", "---\ntitle: Только Россия\n---\nСм. [счёт](xref:payouts/kz-only#nope).\n");

        var cached = f.BuildCached();
        var clean = new SiteBuilder().Build(new BuildOptions(f.Site.Source, f.Theme), Path.Combine(f.Site.Root, "clean"));

        Assert.Contains(clean.Diagnostics, d => d.IsError && d.Message.Contains("'nope'", StringComparison.Ordinal));
        Assert.Equal(clean.Diagnostics.Select(d => d.ToString()), cached.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void IncrementalBuild_WhenAKeptPageWasEditedByHand_RendersEverything()
    {
        using var f = new Fixture();
        f.BuildCached();
        var page = Path.Combine(f.Output, "de-de", "payouts", "bank", "index.html");
        var original = File.ReadAllBytes(page);
        File.WriteAllText(page, "edited by hand");

        f.Site.Write("en/payouts/card.md", "---\ntitle: Card payouts\n---\nPayouts to a card arrive within a day, or two.\n");
        var result = f.BuildAndCompareResult();

        Assert.Equal(0, result.KeptPages);
        Assert.Equal(original, File.ReadAllBytes(page));
    }

    [Fact]
    public void IncrementalBuild_ThatFails_LeavesThePreviousOutputAndItsKeptFilesUntouched()
    {
        using var f = new Fixture();
        f.BuildCached();
        f.Site.Write("en/payouts/card.md", "---\ntitle: Card payouts\n---\nPayouts to a card arrive within a day, or two.\n");
        Assert.True(f.BuildAndCompareResult().KeptPages > 0);
        var before = f.OutputFiles;

        f.Site.Write("en/payouts/card.md", "---\ntitle: Card payouts\n---\nSee [nowhere](xref:payouts/missing).\n");
        var failed = f.BuildCached();

        Assert.True(failed.HasErrors, "a link to a missing article fails the build");
        var after = f.OutputFiles;
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, file => Assert.True(file.Value.SequenceEqual(after[file.Key]), $"{file.Key} changed"));
    }
}
