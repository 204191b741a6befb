using System.Diagnostics;
using HelpGen.Building;

namespace HelpGen.Cli.Terminal;

/// <summary>
/// <c>--verbose</c>: remembers when each stage was first and last heard of and how many items it had, and prints one
/// line per stage in the order they started (<c>helpgen: render pages  1.23 s  104</c>), then the total and what the
/// run cost the process: CPU time, bytes allocated, collections and their pauses, and the peak working set.
/// </summary>
internal sealed class StageTimings : IProgress<BuildProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<string> _order = [];
    private readonly Dictionary<string, (TimeSpan First, TimeSpan Last, int Done)> _stages = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly Counters _start = Counters.Now();

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
            var used = Counters.Now() - _start;
            writer.WriteLine(FormattableString.Invariant(
                $"helpgen: {"cpu".PadRight(width)}  {used.Cpu.TotalSeconds,6:0.00} s  allocated {used.Allocated / 1e9:0.00} GB, {used.Gen0:N0}/{used.Gen1:N0}/{used.Gen2:N0} collections (gen0/1/2), paused {used.Paused.TotalSeconds:0.00} s, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MiB"));
        }
    }

    /// <summary>The process's CPU time and garbage collector counters at one moment.</summary>
    private readonly record struct Counters(TimeSpan Cpu, long Allocated, int Gen0, int Gen1, int Gen2, TimeSpan Paused)
    {
        public static Counters Now() => new(
            Process.GetCurrentProcess().TotalProcessorTime,
            GC.GetTotalAllocatedBytes(),
            GC.CollectionCount(0),
            GC.CollectionCount(1),
            GC.CollectionCount(2),
            GC.GetTotalPauseDuration());

        public static Counters operator -(Counters a, Counters b) =>
            new(a.Cpu - b.Cpu, a.Allocated - b.Allocated, a.Gen0 - b.Gen0, a.Gen1 - b.Gen1, a.Gen2 - b.Gen2, a.Paused - b.Paused);
    }
}
