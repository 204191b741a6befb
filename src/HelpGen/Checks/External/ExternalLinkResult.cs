namespace HelpGen.Checks.External;

/// <summary>The answer for one external URL: its state, the last HTTP status (null when none came), where a permanent redirect leads, and a sentence for the report.</summary>
internal sealed record ExternalLinkResult(ExternalLinkState State, int? StatusCode, string? FinalUrl, string Message)
{
    /// <summary>Answers worth remembering in the cache: failures are checked again next time, so a fixed site clears.</summary>
    public bool IsCacheable => State != ExternalLinkState.Failed;

    /// <summary>Timeouts, network errors, 429 and 5xx may pass on a second try.</summary>
    public bool IsTransient { get; init; }
}
