using System.Text;
using HelpGen.Building;
using HelpGen.Diagnostics;

namespace HelpGen.Tests.TestSupport;

/// <summary>Reading a build result in tests: page text, files, diagnostics by code.</summary>
public static class BuildResults
{
    /// <summary>The text of an output file; fails the test when the file is missing.</summary>
    public static string Text(this BuildResult result, string path)
    {
        Assert.NotNull(result.Output);
        var file = result.Output!.Find(path);
        Assert.True(file is not null, $"'{path}' is not in the output. Files: {string.Join(", ", result.Output.Files.Select(f => f.Path))}");
        return Encoding.UTF8.GetString(file!.Content);
    }

    public static bool Has(this BuildResult result, string path) => result.Output?.Find(path) is not null;

    public static IReadOnlyList<Diagnostic> WithCode(this BuildResult result, string code) =>
        result.Diagnostics.Where(d => d.Code == code).ToList();

    /// <summary>The one diagnostic with <paramref name="code"/>; fails listing all diagnostics otherwise.</summary>
    public static Diagnostic Single(this BuildResult result, string code)
    {
        var found = result.WithCode(code);
        Assert.True(found.Count == 1, $"expected one {code}, got {found.Count}:\n{string.Join("\n", result.Diagnostics)}");
        return found[0];
    }

    /// <summary>Asserts the build has no errors, listing them when it has.</summary>
    public static void AssertNoErrors(this BuildResult result) =>
        Assert.True(!result.HasErrors, "unexpected errors:\n" + string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
}
