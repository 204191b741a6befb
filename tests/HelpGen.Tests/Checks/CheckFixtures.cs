using System.Runtime.CompilerServices;

namespace HelpGen.Tests.Checks;

/// <summary>Paths of the check fixtures in the source tree (golden files are refreshed there, not in bin/).</summary>
internal static class CheckFixtures
{
    public static string Folder => Path.Combine(TestsFolder(), "Fixtures", "Checks");

    public static string SeededSite => Path.Combine(Folder, "seeded", "site");

    public static string SeededExpected => Path.Combine(Folder, "seeded", "expected");

    /// <summary>A folder holding <c>articles/</c> (site.yml and a few articles with broken links), to run <c>helpgen check</c> in.</summary>
    public static string SourceFolder => Path.Combine(Folder, "source");

    private static string TestsFolder([CallerFilePath] string thisFile = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(thisFile)!)!;
}
