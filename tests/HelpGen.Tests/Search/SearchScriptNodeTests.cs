using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Search;

/// <summary>Runs the node unit tests of search.js (tests/js/*.test.mjs), so that <c>dotnet test</c> covers them too.</summary>
public sealed class SearchScriptNodeTests
{
    [NodeFact]
    public void NodeTests_OfTheSearchScript_Pass()
    {
        var (exit, output, error) = SearchTestSupport.RunNode("--test", "tests/js/");

        Assert.True(exit == 0, $"node --test tests/js/ exited with {exit}:\n{output}\n{error}");
        Assert.Contains("# fail 0", output, StringComparison.Ordinal);
    }
}
