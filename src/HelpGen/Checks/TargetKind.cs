namespace HelpGen.Checks;

/// <summary>How a URL is handled: not checked, checked inside the site, checked over HTTP, an <c>xref:</c> left unresolved, or a URL that cannot be parsed.</summary>
internal enum TargetKind
{
    Skipped,
    Internal,
    External,
    Xref,
    Invalid,
}
