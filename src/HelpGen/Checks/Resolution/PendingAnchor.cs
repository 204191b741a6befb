using HelpGen.Html;

namespace HelpGen.Checks.Resolution;

/// <summary>A link to another page with a #fragment, checked once every page's ids are known.</summary>
internal sealed record PendingAnchor(
    string PagePath,
    int LinkIndex,
    HtmlLink Link,
    string TargetPath,
    string Fragment,
    string RawFragment,
    LinkSource? Origin);
