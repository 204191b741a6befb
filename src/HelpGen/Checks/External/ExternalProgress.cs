using HelpGen.Building;

namespace HelpGen.Checks.External;

/// <summary>Counts finished external URLs, overall and per host, and reports both as <see cref="BuildProgress.ExternalLinks"/>.</summary>
internal sealed class ExternalProgress
{
    private readonly IProgress<BuildProgress>? _progress;
    private readonly int _total;
    private readonly Dictionary<string, (int Done, int Total)> _hosts;
    private readonly Lock _gate = new();
    private int _done;

    public ExternalProgress(IProgress<BuildProgress>? progress, IReadOnlyList<string> urls)
    {
        _progress = progress;
        _total = urls.Count;
        _hosts = urls.GroupBy(Host, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => (0, g.Count()), StringComparer.OrdinalIgnoreCase);
        BuildProgress.Start(progress, BuildProgress.ExternalLinks, _total);
    }

    public void Finished(string url)
    {
        if (_progress is null) return;
        BuildProgress overall, host;
        lock (_gate)
        {
            var name = Host(url);
            var (done, total) = _hosts[name];
            _hosts[name] = (done + 1, total);
            overall = new BuildProgress(BuildProgress.ExternalLinks, ++_done, _total);
            host = new BuildProgress(BuildProgress.ExternalLinks, done + 1, total, name);
        }

        _progress.Report(host);
        _progress.Report(overall);
    }

    private static string Host(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Authority : url;
}
