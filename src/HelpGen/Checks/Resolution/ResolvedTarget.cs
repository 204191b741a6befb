namespace HelpGen.Checks.Resolution;

/// <summary>
/// A URL resolved against its page: for <see cref="TargetKind.Internal"/>, <see cref="Path"/> is the decoded
/// path from the site root (no leading '/', may end in '/' for a folder) and <see cref="Fragment"/> the decoded
/// #fragment without a text directive (null when there is none, empty for the top of the page); for
/// <see cref="TargetKind.External"/>, <see cref="Path"/> is the absolute URL; for <see cref="TargetKind.Invalid"/>,
/// <see cref="Reason"/> says why no reader can follow it.
/// </summary>
internal sealed record ResolvedTarget(
    TargetKind Kind, string Path = "", string? Fragment = null, string? RawFragment = null, string? Reason = null)
{
    public static readonly ResolvedTarget Skipped = new(TargetKind.Skipped);

    public static ResolvedTarget Invalid(string href, string reason) => new(TargetKind.Invalid, href, Reason: reason);
}

/// <summary>How a URL is handled: not checked, checked inside the site, checked over HTTP, an <c>xref:</c> left unresolved, or a URL that no reader can follow.</summary>
internal enum TargetKind
{
    Skipped,
    Internal,
    External,
    Xref,
    Invalid,
}
