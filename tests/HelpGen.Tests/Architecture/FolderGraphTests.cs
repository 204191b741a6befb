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

    /// <summary>
    /// Every parallel loop of the library is bounded: one worker per core (<c>Parallelism.Options</c>), or its own
    /// bound for network work (a <c>parallel</c> options variable). An unbounded loop takes every thread of the pool,
    /// which in the preview leaves requests waiting for seconds behind a rebuild.
    /// </summary>
    [Fact]
    public void ParallelLoops_AreBounded()
    {
        var library = Path.Combine(RepoRoot.Path, "src", "HelpGen");
        // Each call's text up to its first ';' (the options come before the loop body's first statement), across lines.
        var loops = Directory.EnumerateFiles(library, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => ParallelLoop().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetRelativePath(library, f), Call: CallHead(m))))
            .ToList();

        Assert.True(loops.Count >= 10, $"found only {loops.Count} parallel loops; has the pattern gone stale?");
        var unbounded = loops.Where(l => !l.Call.Contains("Parallelism.", StringComparison.Ordinal) && !l.Call.Contains(" parallel,", StringComparison.Ordinal));
        Assert.Empty(unbounded.Select(l => $"{l.File}: {l.Call}"));
    }

    private static string CallHead(Match match)
    {
        var text = match.Result("$'");
        var end = text.IndexOf(';');
        return match.Value + (end < 0 ? text : text[..end]);
    }

    [GeneratedRegex(@"\bParallel\.(For|ForEach|ForEachAsync)\(")]
    private static partial Regex ParallelLoop();

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
