using HelpGen.Building;

namespace HelpGen.Cli.Terminal;

/// <summary>
/// Progress for logs (redirected stderr, CI): stable lines, only where a run is long enough to need them. Today that
/// is <c>check</c> on sites of more than 500 pages: "helpgen check: parsed N of M pages" every 500 pages.
/// </summary>
internal sealed class PlainProgress(TextWriter error) : IProgress<BuildProgress>
{
    private const int Every = 500;
    private readonly Lock _gate = new();
    private int _printed;

    public void Report(BuildProgress value)
    {
        if (value.Stage != BuildProgress.CheckPages || value.Total <= Every) return;
        lock (_gate)
        {
            var step = value.Done / Every;
            if (step <= _printed) return;
            _printed = step;
            error.WriteLine($"helpgen check: parsed {value.Done} of {value.Total} pages");
        }
    }
}
