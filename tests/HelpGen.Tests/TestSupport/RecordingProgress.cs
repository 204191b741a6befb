using System.Collections.Concurrent;
using HelpGen.Building;

namespace HelpGen.Tests.TestSupport;

/// <summary>Records every progress event synchronously, in arrival order (unlike <see cref="Progress{T}"/>, which posts).</summary>
public sealed class RecordingProgress : IProgress<BuildProgress>
{
    private readonly ConcurrentQueue<BuildProgress> _events = new();

    public IReadOnlyList<BuildProgress> Events => [.. _events];

    /// <summary>The stages of whole-stage events (no item), in the order they first appeared.</summary>
    public IReadOnlyList<string> Stages => Events.Where(e => e.Item is null).Select(e => e.Stage).Distinct().ToList();

    /// <summary>The highest done count of a stage (or of one item of it) and its total.</summary>
    public (int Done, int Total) Final(string stage, string? item = null)
    {
        var matching = Events.Where(e => e.Stage == stage && e.Item == item).ToList();
        Assert.True(matching.Count > 0, $"no '{stage}' progress{(item is null ? "" : " for " + item)}; stages seen: {string.Join(", ", Stages)}");
        return (matching.Max(e => e.Done), matching.Max(e => e.Total));
    }

    public void Report(BuildProgress value) => _events.Enqueue(value);
}
