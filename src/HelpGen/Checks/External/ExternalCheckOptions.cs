namespace HelpGen.Checks.External;

/// <summary>How external http(s) links are checked with <c>--external</c>.</summary>
/// <param name="CacheFile">A JSON file remembering URLs that answered well, so repeated checks skip them; null for no cache.</param>
/// <param name="CacheTimeToLive">How long a remembered answer stays valid (default 1 day).</param>
/// <param name="Timeout">Time allowed for one request (default 10 s).</param>
/// <param name="Retries">Extra attempts after a timeout, a network error, 429 or 5xx (default 2).</param>
/// <param name="RetryDelay">Delay before the first retry; doubles for each further one (default 500 ms).</param>
/// <param name="MaxConcurrency">Requests in flight at once over all hosts (default 16).</param>
/// <param name="MaxPerHost">Requests in flight at once to one host (default 4).</param>
/// <param name="Clock">The time source for the cache (tests move it); null for the system clock.</param>
public sealed record ExternalCheckOptions(
    string? CacheFile = null,
    TimeSpan? CacheTimeToLive = null,
    TimeSpan? Timeout = null,
    int Retries = 2,
    TimeSpan? RetryDelay = null,
    int MaxConcurrency = 16,
    int MaxPerHost = 4,
    TimeProvider? Clock = null)
{
    public TimeSpan EffectiveCacheTimeToLive => CacheTimeToLive ?? TimeSpan.FromDays(1);

    public TimeSpan EffectiveTimeout => Timeout ?? TimeSpan.FromSeconds(10);

    public TimeSpan EffectiveRetryDelay => RetryDelay ?? TimeSpan.FromMilliseconds(500);

    public TimeProvider EffectiveClock => Clock ?? TimeProvider.System;
}
