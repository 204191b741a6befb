using System.Text.RegularExpressions;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Architecture;

public sealed partial class FolderGraphTests
{
    [GeneratedRegex(@"\bHelpGen\.(\w+)")]
    private static partial Regex NamespaceReference();

    /// <summary>Folder (stage) → the other folders its files name, from <c>using HelpGen.X</c> and <c>HelpGen.X.Type</c>.</summary>
    private static Dictionary<string, HashSet<string>> Graph()
    {
        var library = Path.Combine(RepoRoot.Path, "src", "HelpGen");
        var folders = Directory.GetDirectories(library).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).ToHashSet()!;
        var graph = folders.ToDictionary(f => f!, _ => new HashSet<string>());
        foreach (var folder in folders)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(library, folder!), "*.cs", SearchOption.AllDirectories))
            {
                var named = NamespaceReference().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value);
                graph[folder!].UnionWith(named.Where(n => n != folder && folders.Contains(n)));
            }
        }

        return graph;
    }

    [Fact]
    public void LibraryFolders_DependOneWay_WithoutCycles()
    {
        var graph = Graph();
        var cycles = new List<string>();
        foreach (var start in graph.Keys.Order())
        {
            var path = FindPath(graph, start, start, []);
            if (path is not null) cycles.Add(string.Join(" → ", path));
        }

        Assert.True(cycles.Count == 0, "folder cycles:\n" + string.Join("\n", cycles));
        Assert.Contains("Content", graph["Building"]);
        Assert.DoesNotContain("Building", graph["Content"]);
    }

    private static List<string>? FindPath(Dictionary<string, HashSet<string>> graph, string from, string to, HashSet<string> seen)
    {
        foreach (var next in graph[from].Order())
        {
            if (next == to) return [from, next];
            if (!seen.Add(next)) continue;
            if (FindPath(graph, next, to, seen) is { } rest) return [from, .. rest];
        }

        return null;
    }
}
