namespace HelpGen.Checks.Resolution;

/// <summary>
/// A URL resolved against its page: for <see cref="TargetKind.Internal"/>, <see cref="Path"/> is the decoded
/// path from the site root (no leading '/', may end in '/' for a folder) and <see cref="Fragment"/> the decoded
/// #fragment (null when there is none); for <see cref="TargetKind.External"/>, <see cref="Path"/> is the absolute URL.
/// </summary>
internal sealed record ResolvedTarget(TargetKind Kind, string Path = "", string? Fragment = null, string? RawFragment = null)
{
    public static readonly ResolvedTarget Skipped = new(TargetKind.Skipped);
}

/// <summary>How a URL is handled: not checked, checked inside the site, checked over HTTP, an <c>xref:</c> left unresolved, or a URL that cannot be parsed.</summary>
internal enum TargetKind
{
    Skipped,
    Internal,
    External,
    Xref,
    Invalid,
}
