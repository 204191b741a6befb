using System.Collections.Concurrent;
using System.Net;
using HelpGen.Building;

namespace HelpGen.Checks.External;

/// <summary>
/// Checks external http(s) URLs: many at once but few per host, each request with a timeout, retried with backoff
/// on timeouts, network errors, 429 and 5xx; HEAD first, GET when HEAD is refused; redirects followed by hand so
/// permanent ones can be reported; good answers cached in a file for a time-to-live.
/// </summary>
internal sealed partial class ExternalLinkChecker
{
    private const int MaxRedirects = 10;

    private readonly HttpClient _client;
    private readonly ExternalCheckOptions _options;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);

    private readonly IProgress<BuildProgress>? _progress;

    public ExternalLinkChecker(HttpClient client, ExternalCheckOptions options, IProgress<BuildProgress>? progress = null)
    {
        _client = client;
        _options = options;
        _progress = progress;
    }

    /// <summary>A client that does not follow redirects itself and leaves timeouts to the checker.</summary>
    public static HttpClient CreateClient()
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        };
        var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("HelpGen-LinkCheck/0.1");
        return client;
    }

    public async Task<IReadOnlyDictionary<string, ExternalLinkResult>> CheckAsync(IReadOnlyList<string> urls, CancellationToken cancellationToken)
    {
        var cache = new ExternalLinkCache(_options.CacheFile, _options.EffectiveClock, _options.EffectiveCacheTimeToLive);
        var results = new ConcurrentDictionary<string, ExternalLinkResult>(StringComparer.Ordinal);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxConcurrency), CancellationToken = cancellationToken };
        var progress = new ExternalProgress(_progress, urls);
        await Parallel.ForEachAsync(urls, parallel, async (url, token) =>
        {
            if (!cache.TryGet(url, out var result))
            {
                result = await CheckWithRetriesAsync(url, token).ConfigureAwait(false);
                cache.Store(url, result);
            }

            results[url] = result;
            progress.Finished(url);
        }).ConfigureAwait(false);
        cache.Save();
        return results;
    }

    private async Task<ExternalLinkResult> CheckWithRetriesAsync(string url, CancellationToken cancellationToken)
    {
        var delay = _options.EffectiveRetryDelay;
        for (var attempt = 0; ; attempt++)
        {
            var result = await FollowAsync(url, cancellationToken).ConfigureAwait(false);
            if (!result.IsTransient || attempt >= _options.Retries)
            {
                return result;
            }

            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            delay *= 2;
        }
    }

    private async Task<ExternalLinkResult> FollowAsync(string url, CancellationToken cancellationToken)
    {
        var current = new Uri(url);
        string? movedTo = null;
        for (var hop = 0; hop <= MaxRedirects; hop++)
        {
            var answer = await AskAsync(current, cancellationToken).ConfigureAwait(false);
            if (answer.Failure is not null)
            {
                return answer.Failure;
            }

            var status = answer.Status;
            if (!IsRedirect(status) || answer.Location is null)
            {
                return Conclude(url, status, movedTo);
            }

            if (!Uri.TryCreate(current, answer.Location, out var next) || (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps))
            {
                return new ExternalLinkResult(ExternalLinkState.Failed, status, null, $"{url} redirects to '{answer.Location}', which is not a web address.");
            }

            current = next;
            if (movedTo is not null || status is 301 or 308)
            {
                movedTo = current.AbsoluteUri;
            }
        }

        return new ExternalLinkResult(ExternalLinkState.Failed, null, null, $"{url} redirects more than {MaxRedirects} times.");
    }

    private static ExternalLinkResult Conclude(string url, int status, string? movedTo)
    {
        if (status is >= 200 and < 300)
        {
            return movedTo is null
                ? new ExternalLinkResult(ExternalLinkState.Ok, status, null, $"{url} answered {status}.")
                : new ExternalLinkResult(ExternalLinkState.Redirected, status, movedTo, $"{url} redirects permanently to {movedTo}; link to the new address.");
        }

        var reason = Enum.IsDefined(typeof(HttpStatusCode), status) ? " " + (HttpStatusCode)status : string.Empty;
        return new ExternalLinkResult(ExternalLinkState.Failed, status, movedTo, $"{url} answered {status}{reason}.")
        {
            IsTransient = status is 429 or >= 500,
        };
    }

    private static bool IsRedirect(int status) => status is 301 or 302 or 303 or 307 or 308;
}
