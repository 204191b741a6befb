using HelpGen.Html;

namespace HelpGen.Checks.Resolution;

/// <summary>An external http(s) URL used by a page, checked after all pages are read.</summary>
internal sealed record ExternalUse(string PagePath, int LinkIndex, HtmlLink Link, string Url, LinkSource? Origin);
