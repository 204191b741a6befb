using HelpGen.Output;
using HelpGen.Building;
using HelpGen.Diagnostics;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Output;

public sealed class FolderSinkTests
{
    private const string Files = """
        -- en/faq/a.md --
        ---
        title: A
        aliases: [/old/a.html]
        ---
        See [sign up](xref:registration/sign-up#step-2) and ![map](../../assets/map.png).
        -- en/registration/sign-up.md --
        ---
        title: Sign up
        ---
        ## Step 2
        -- assets/map.png --
        PNG
        """;

    private static BuildOptions Options(TempSite site) => new(site.Source, RepoRoot.DefaultTheme);

    [Fact]
    public void BuildIntoFolder_WritesTheSameFilesByteForByteAsTheBuildInMemory()
    {
        using var site = TempSite.Create(Files);
        var output = Path.Combine(site.Root, "out");

        var written = new SiteBuilder().Build(Options(site), output);
        var memory = new SiteBuilder().Build(Options(site));

        Assert.False(written.HasErrors, string.Join("\n", written.Diagnostics));
        Assert.Null(written.Output);
        var onDisk = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(memory.Output!.Files.Select(f => f.Path).Append(OutputFolder.MarkerName).Order(StringComparer.Ordinal), onDisk);
        Assert.All(memory.Output.Files, f => Assert.Equal(f.Content, File.ReadAllBytes(Path.Combine(output, f.Path))));
        Assert.Equal(memory.PageCount, written.PageCount);
        Assert.Contains("old/a.html", onDisk);
    }

    [Fact]
    public void BuildIntoFolder_WithContentErrors_LeavesThePreviousOutputAndNoStagingFolder()
    {
        using var site = TempSite.Create(Files);
        var output = Path.Combine(site.Root, "out");
        new SiteBuilder().Build(Options(site), output);
        var before = File.ReadAllBytes(Path.Combine(output, "en-us", "faq", "a", "index.html"));
        site.Write("en/faq/a.md", "---\ntitle: A\n---\n[x](xref:faq/nothing)\n");

        var result = new SiteBuilder().Build(Options(site), output);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnresolvedXref);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(output, "en-us", "faq", "a", "index.html")));
        Assert.Equal(["out", "src"], Directory.GetFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Add_FromManyThreadsIntoNewFolders_WritesEveryFile()
    {
        var root = Path.Combine(Path.GetTempPath(), "helpgen-tests", Guid.NewGuid().ToString("N"));
        try
        {
            for (var round = 0; round < 20; round++)
            {
                var sink = new FolderSink(Path.Combine(root, round.ToString()));
                var files = Enumerable.Range(0, 400).Select(i => new OutputFile($"l{i % 7}/s{i % 13}/p{i}.html", [(byte)'x'])).ToList();

                Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = 8 }, sink.Add);

                Assert.All(files, f => Assert.True(File.Exists(Path.Combine(root, round.ToString(), f.Path)), f.Path));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
