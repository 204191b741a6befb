using HelpGen.Theming;

namespace HelpGen.Building;

/// <summary>An indexable page for sitemap.xml: its absolute URL and its hreflang alternates.</summary>
public sealed record SitemapEntry(string Url, IReadOnlyList<AlternateLink> Alternates);
