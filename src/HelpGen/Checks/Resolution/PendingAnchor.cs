using HelpGen.Checks.Html;

namespace HelpGen.Checks.Resolution;

/// <summary>A link to another page with a #fragment, checked once every page's ids are known.</summary>
internal sealed record PendingAnchor(
    string PagePath,
    int LinkIndex,
    PageLink Link,
    string TargetPath,
    string Fragment,
    string RawFragment,
    LinkSource? Origin);
