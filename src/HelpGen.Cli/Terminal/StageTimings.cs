using System.Diagnostics;
using HelpGen.Building;

namespace HelpGen.Cli.Terminal;

/// <summary>
/// <c>--verbose</c>: remembers when each stage was first and last heard of and how many items it had, and prints one
/// line per stage in the order they started (<c>helpgen: render pages  1.23 s  104</c>).
/// </summary>
internal sealed class StageTimings : IProgress<BuildProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<string> _order = [];
    private readonly Dictionary<string, (TimeSpan First, TimeSpan Last, int Done)> _stages = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public void Report(BuildProgress value)
    {
        if (value.Item is not null) return;
        var now = _clock.Elapsed;
        lock (_gate)
        {
            if (!_stages.TryGetValue(value.Stage, out var seen))
            {
                _order.Add(value.Stage);
                seen = (now, now, 0);
            }

            _stages[value.Stage] = (seen.First, now, Math.Max(seen.Done, value.Done));
        }
    }

    /// <summary>Writes the timing lines; a stage's time runs from its first event to its last.</summary>
    public void WriteTo(TextWriter writer)
    {
        lock (_gate)
        {
            var width = _order.Count == 0 ? 0 : _order.Max(s => s.Length);
            foreach (var stage in _order)
            {
                var (first, last, done) = _stages[stage];
                var count = done > 0 ? FormattableString.Invariant($"  {done,7:N0}") : string.Empty;
                writer.WriteLine(FormattableString.Invariant($"helpgen: {stage.PadRight(width)}  {(last - first).TotalSeconds,6:0.00} s{count}"));
            }

            writer.WriteLine(FormattableString.Invariant($"helpgen: {"total".PadRight(width)}  {_clock.Elapsed.TotalSeconds,6:0.00} s"));
        }
    }
}
