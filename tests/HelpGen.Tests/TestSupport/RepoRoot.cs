namespace HelpGen.Tests.TestSupport;

/// <summary>Finds the repository (the folder holding HelpGen.sln) from the test assembly's folder.</summary>
public static class RepoRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    /// <summary>The repository's default theme folder (themes/default).</summary>
    public static string DefaultTheme => System.IO.Path.Combine(Path, "themes", "default");

    /// <summary>The real help-center content (articles/).</summary>
    public static string Articles => System.IO.Path.Combine(Path, "articles");

    /// <summary>A path inside the test project's source folder, e.g. Fixtures/Golden.</summary>
    public static string TestSource(params string[] parts) =>
        System.IO.Path.Combine([Path, "tests", "HelpGen.Tests", .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "HelpGen.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException($"HelpGen.sln not found above {AppContext.BaseDirectory}");
    }
}
