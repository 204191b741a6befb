namespace HelpGen.Checks.External;

/// <summary>How an external URL answered: fine, fine after a permanent redirect, or not at all.</summary>
internal enum ExternalLinkState
{
    Ok,
    Redirected,
    Failed,
}
