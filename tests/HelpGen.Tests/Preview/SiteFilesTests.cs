using HelpGen.Output;
using HelpGen.Preview;

namespace HelpGen.Tests.Preview;

/// <summary>The preview's store of whole-site files (kept compressed, in native memory) gives back exactly what it was given.</summary>
public sealed class SiteFilesTests
{
    [Fact]
    public void Find_GivesBackEachFileByteForByte_EmptyAndLargeOnesToo()
    {
        var large = new byte[3 << 20];
        new Random(7).NextBytes(large);
        var files = new[] { File("a/empty.json", []), File("a/large.bin", large), File("b/text.json", "{\"x\":1}"u8.ToArray()) };
        var builder = new SiteFiles.Builder();
        builder.Add(files);

        var site = builder.Build();

        foreach (var file in files)
        {
            Assert.Equal(file.Content, site.Find(file.Path)!.Content);
        }

        Assert.Null(site.Find("a/missing.json"));
        Assert.Equal(files.Select(f => f.Path).Order(StringComparer.Ordinal), site.Paths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Differs_ComparesTheStoredBytes()
    {
        var first = Build(File("same.json", "{\"a\":1}"u8.ToArray()), File("edited.json", "{\"b\":1}"u8.ToArray()), File("gone.json", [1]));
        var second = Build(File("same.json", "{\"a\":1}"u8.ToArray()), File("edited.json", "{\"b\":2}"u8.ToArray()), File("new.json", [2]));

        Assert.False(second.Differs(first, "same.json"));
        Assert.True(second.Differs(first, "edited.json"));
        Assert.True(second.Differs(first, "new.json"));
        Assert.True(first.Differs(second, "gone.json"));
    }

    [Fact]
    public void KeptFiles_StayReadableAfterTheResultTheyCameFromIsCollected()
    {
        var content = "{\"kept\":true}"u8.ToArray();
        var next = KeepFromADroppedResult(content);

        // The earlier result and its handles are unreachable now: collecting them must not free what the next result shares.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.Equal(content, next.Find("kept.json")!.Content);
    }

    private static SiteFiles KeepFromADroppedResult(byte[] content)
    {
        var earlier = Build(File("kept.json", content), File("dropped.json", [9]));
        var builder = new SiteFiles.Builder();
        builder.Keep(earlier, ["kept.json"]);
        return builder.Build();
    }

    private static SiteFiles Build(params OutputFile[] files)
    {
        var builder = new SiteFiles.Builder();
        builder.Add(files);
        return builder.Build();
    }

    private static OutputFile File(string path, byte[] content) => new(path, content);
}
