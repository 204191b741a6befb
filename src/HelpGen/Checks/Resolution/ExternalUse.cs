using HelpGen.Checks.Html;

namespace HelpGen.Checks.Resolution;

/// <summary>An external http(s) URL used by a page, checked after all pages are read.</summary>
internal sealed record ExternalUse(string PagePath, int LinkIndex, PageLink Link, string Url, LinkSource? Origin);
