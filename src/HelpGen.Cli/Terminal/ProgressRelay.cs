using HelpGen.Building;

namespace HelpGen.Cli.Terminal;

/// <summary>
/// The progress a command hands to the library: forwards to its displays until closed, then drops events (the
/// preview keeps its options, and so this relay, after start-up; later rebuilds must not draw).
/// </summary>
internal sealed class ProgressRelay(params IProgress<BuildProgress>[] targets) : IProgress<BuildProgress>
{
    private volatile bool _closed;

    public void Report(BuildProgress value)
    {
        if (_closed) return;
        foreach (var target in targets) target.Report(value);
    }

    public void Close() => _closed = true;
}
