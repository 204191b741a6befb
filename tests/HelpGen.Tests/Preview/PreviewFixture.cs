using HelpGen.Building;
using HelpGen.Preview;

namespace HelpGen.Tests.Preview;

/// <summary>
/// A private copy of Fixtures/Preview (site and theme) in a temporary folder, so tests can edit files freely,
/// and a <see cref="PreviewSite"/> built from it. Deleted on dispose.
/// </summary>
internal sealed class PreviewFixture : IDisposable
{
    public PreviewFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "helpgen-preview-" + Guid.NewGuid().ToString("N")[..12]);
        var fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Preview");
        Copy(Path.Combine(fixtures, "site"), Source);
        Copy(Path.Combine(fixtures, "theme"), Theme);
        File.WriteAllText(Path.Combine(Root, "secret.txt"), "TOP-SECRET-OUTSIDE-THE-SITE");
    }

    public string Root { get; }

    public string Source => Path.Combine(Root, "site");

    public string Theme => Path.Combine(Root, "theme");

    /// <summary>Serve's options: drafts on, output kept with content errors.</summary>
    public BuildOptions Options => new(Source, Theme, IncludeDrafts: true, KeepOutputOnErrors: true);

    public string PathOf(string relative) => Path.Combine(Source, relative);

    /// <summary>Starts the preview and waits for its background work (parse, links, whole site) to finish.</summary>
    public PreviewSite StartSite()
    {
        var site = PreviewSite.Start(Options, out var diagnostics);
        Assert.True(site is not null, string.Join("\n", diagnostics));
        site!.SiteDelay = TimeSpan.FromMilliseconds(20);
        Task.Run(() => site.WhenCompleteAsync()).GetAwaiter().GetResult();
        return site!;
    }

    /// <summary>Rewrites a source file with one replacement; fails when the text to replace is missing.</summary>
    public string Edit(string relative, string find, string replace)
    {
        var path = PathOf(relative);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
        return path;
    }

    public string Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the folder for a moment; the temp folder is cleaned by the OS eventually.
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
