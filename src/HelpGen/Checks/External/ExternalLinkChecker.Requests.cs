namespace HelpGen.Checks.External;

/// <summary>One request to an external URL, under the per-host limit and the timeout: HEAD, then GET when HEAD fails.</summary>
internal sealed partial class ExternalLinkChecker
{
    private async Task<Answer> AskAsync(Uri uri, CancellationToken cancellationToken)
    {
        var host = _hosts.GetOrAdd(uri.Authority, _ => new SemaphoreSlim(Math.Max(1, _options.MaxPerHost)));
        await host.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var head = await SendAsync(HttpMethod.Head, uri, cancellationToken).ConfigureAwait(false);
            var headWorked = head.Failure is null && (head.Status is >= 200 and < 300 || head.Location is not null);
            return headWorked ? head : await SendAsync(HttpMethod.Get, uri, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            host.Release();
        }
    }

    private async Task<Answer> SendAsync(HttpMethod method, Uri uri, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.EffectiveTimeout);
        try
        {
            using var request = new HttpRequestMessage(method, uri);
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            return new Answer((int)response.StatusCode, response.Headers.Location?.OriginalString, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var seconds = _options.EffectiveTimeout.TotalSeconds;
            return Fail($"{uri.AbsoluteUri} did not answer within {seconds:0.###} s.");
        }
        catch (HttpRequestException exception)
        {
            return Fail($"{uri.AbsoluteUri} could not be reached ({Describe(exception)}).");
        }
    }

    private static Answer Fail(string message) =>
        new(0, null, new ExternalLinkResult(ExternalLinkState.Failed, null, null, message) { IsTransient = true });

    private static string Describe(HttpRequestException exception) =>
        exception.HttpRequestError == HttpRequestError.Unknown ? exception.Message : exception.HttpRequestError.ToString();

    /// <summary>A status and Location header, or a failure (timeout, network) instead of an answer.</summary>
    private sealed record Answer(int Status, string? Location, ExternalLinkResult? Failure);
}
