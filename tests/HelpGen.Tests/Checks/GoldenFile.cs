using System.Text;

namespace HelpGen.Tests.Checks;

/// <summary>
/// Compares text with a committed golden file; with HELPGEN_UPDATE_GOLDEN=1 rewrites the file instead.
/// A mismatch fails with a line diff so the change is visible in the test output.
/// </summary>
internal static class GoldenFile
{
    public static void Verify(string path, string actual)
    {
        if (Environment.GetEnvironmentVariable("HELPGEN_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing; run the tests with HELPGEN_UPDATE_GOLDEN=1 to create it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            Assert.Fail($"{Path.GetFileName(path)} differs from the golden file (HELPGEN_UPDATE_GOLDEN=1 refreshes it):\n{Diff(expected, actual)}");
        }
    }

    private static string Diff(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        var output = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < Math.Max(left.Length, right.Length) && shown < 40; i++)
        {
            var l = i < left.Length ? left[i] : null;
            var r = i < right.Length ? right[i] : null;
            if (l == r)
            {
                continue;
            }

            output.Append($"line {i + 1}:\n");
            if (l is not null)
            {
                output.Append($"- {l}\n");
            }

            if (r is not null)
            {
                output.Append($"+ {r}\n");
            }

            shown++;
        }

        return output.ToString();
    }
}
