using System.Text;
using HelpGen.Output;

namespace HelpGen.Tests.Output;

public sealed class SiteWriterTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "helpgen-tests", Guid.NewGuid().ToString("N"));

    private static OutputFile File(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Write_ReplacesTheWholeOutputFolder()
    {
        var output = Path.Combine(_root, "site");
        SiteWriter.Write(new SiteOutput([File("index.html", "one"), File("old/page.html", "stale")]), output);

        SiteWriter.Write(new SiteOutput([File("index.html", "two"), File("en-us/index.html", "home")]), output);

        Assert.Equal("two", System.IO.File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal("home", System.IO.File.ReadAllText(Path.Combine(output, "en-us", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(output, "old")));
        Assert.Equal(["site"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName));
    }

    [Fact]
    public void TryExchange_OnLinux_SwapsTwoFoldersInOneStep()
    {
        var first = Path.Combine(_root, "first");
        var second = Path.Combine(_root, "second");
        Directory.CreateDirectory(first);
        Directory.CreateDirectory(second);
        System.IO.File.WriteAllText(Path.Combine(first, "a.txt"), "first");
        System.IO.File.WriteAllText(Path.Combine(second, "a.txt"), "second");

        Assert.True(AtomicExchange.TryExchange(first, second) || !OperatingSystem.IsLinux());

        if (!OperatingSystem.IsLinux()) return;
        Assert.Equal("second", System.IO.File.ReadAllText(Path.Combine(first, "a.txt")));
        Assert.Equal("first", System.IO.File.ReadAllText(Path.Combine(second, "a.txt")));
    }

    [Fact]
    public void Write_AfterAnInterruptedTwoRenameSwap_RestoresTheBackupFirst()
    {
        var output = Path.Combine(_root, "site");
        SiteWriter.Write(new SiteOutput([File("index.html", "old")]), output);
        Directory.Move(output, Path.Combine(_root, ".site.helpgen-backup"));
        Directory.CreateDirectory(Path.Combine(_root, ".site.helpgen-staging", "half"));

        new OutputFolder(output).Recover();

        Assert.Equal("old", System.IO.File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(["site"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName));
    }

    [Fact]
    public void WriteFiles_WithPathLeavingTheFolder_Throws()
    {
        var site = new SiteOutput([File("../escape.html", "x")]);

        Assert.Throws<InvalidOperationException>(() => SiteWriter.WriteFiles(site, Path.Combine(_root, "site")));
        Assert.False(System.IO.File.Exists(Path.Combine(_root, "escape.html")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
