using System.Text;

namespace HelpGen.Tests.TestSupport;

/// <summary>
/// Compares text with a committed expected file. With HELPGEN_UPDATE_GOLDEN=1 the expected file is
/// rewritten instead; otherwise a mismatch fails with a diff of the first differing lines.
/// </summary>
public static class Golden
{
    public static bool Updating => Environment.GetEnvironmentVariable("HELPGEN_UPDATE_GOLDEN") == "1";

    public static void AssertMatches(string expectedFile, string actual)
    {
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedFile)!);
            File.WriteAllBytes(expectedFile, new UTF8Encoding(false).GetBytes(actual));
            return;
        }

        Assert.True(File.Exists(expectedFile), $"golden file {expectedFile} is missing: run the tests with HELPGEN_UPDATE_GOLDEN=1 to create it");
        var expected = File.ReadAllText(expectedFile, Encoding.UTF8).Replace("\r\n", "\n");
        if (expected == actual) return;
        Assert.Fail($"{expectedFile} differs from the output (HELPGEN_UPDATE_GOLDEN=1 accepts the new output):\n{Diff(expected, actual)}");
    }

    /// <summary>A unified-style diff around the first differing line, with a few lines of context.</summary>
    public static string Diff(string expected, string actual, int context = 3, int maxLines = 20)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var first = 0;
        while (first < a.Length && first < b.Length && a[first] == b[first]) first++;
        var text = new StringBuilder($"@@ first difference at line {first + 1} @@\n");
        for (var i = Math.Max(0, first - context); i < first; i++) text.Append("  ").Append(a[i]).Append('\n');
        for (var i = first; i < Math.Min(a.Length, first + maxLines / 2); i++) text.Append("- ").Append(a[i]).Append('\n');
        for (var i = first; i < Math.Min(b.Length, first + maxLines / 2); i++) text.Append("+ ").Append(b[i]).Append('\n');
        return text.ToString();
    }
}
