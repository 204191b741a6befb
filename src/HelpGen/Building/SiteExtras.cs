using System.Net;
using System.Text;
using HelpGen.Content;
using HelpGen.Diagnostics;
using HelpGen.Output;

namespace HelpGen.Building;

/// <summary>The files around the pages: sitemap.xml, robots.txt, alias redirect pages and the host files (_redirects, _headers).</summary>
public static class SiteExtras
{
    public static IEnumerable<OutputFile> Create(SitePlan plan, IReadOnlyList<SitemapEntry> sitemap, IReadOnlyCollection<string> pages, DiagnosticBag diagnostics)
    {
        var map = Sitemap(plan, sitemap, diagnostics);
        return (map is null ? [] : new[] { map }).Concat(AroundPages(plan, pages, diagnostics));
    }

    /// <summary>sitemap.xml of <paramref name="entries"/> (in URL order); null, with a warning, when site.yml has no baseUrl.</summary>
    public static OutputFile? Sitemap(SitePlan plan, IReadOnlyList<SitemapEntry> entries, DiagnosticBag diagnostics)
    {
        if (plan.Config.BaseUrl is not null) return new OutputFile("sitemap.xml", Sitemap(entries));
        diagnostics.Warning(DiagnosticCodes.NoSitemapWithoutBaseUrl, "site.yml has no baseUrl, so no sitemap.xml is written and hreflang links are relative", plan.Content.Display.For(Path.Combine(plan.Content.SourceRoot, "site.yml")));
        return null;
    }

    /// <summary>robots.txt, the alias redirect pages and the host files, given every other file of the site (<paramref name="pages"/>).</summary>
    public static IEnumerable<OutputFile> AroundPages(SitePlan plan, IReadOnlyCollection<string> pages, DiagnosticBag diagnostics)
    {
        var baseUrl = plan.Config.BaseUrl;
        yield return Text("robots.txt", "User-agent: *\nAllow: /\n" + (baseUrl is null ? string.Empty : $"Sitemap: {baseUrl}sitemap.xml\n"));
        var taken = pages.Concat(plan.Content.Assets.Select(a => a.SitePath)).Append("sitemap.xml").Append("robots.txt").Append(HostFiles.RedirectsFile).Append(HostFiles.HeadersFile);
        foreach (var alias in AliasPages.Create(plan, taken.ToHashSet(StringComparer.Ordinal), diagnostics))
        {
            yield return alias;
        }

        foreach (var host in HostFiles.Create(plan, pages)) yield return host;
    }

    /// <summary>
    /// sitemap.xml as UTF-8, written straight into one array of its exact size: a large site's sitemap runs to tens of
    /// megabytes, which as a string (and a builder's chunks, and a copy) made the garbage collector run a full collection.
    /// </summary>
    private static byte[] Sitemap(IReadOnlyList<SitemapEntry> entries)
    {
        var length = 0;
        foreach (var part in SitemapParts(entries)) length += Encoding.UTF8.GetByteCount(part);
        var bytes = new byte[length];
        var written = 0;
        foreach (var part in SitemapParts(entries)) written += Encoding.UTF8.GetBytes(part, bytes.AsSpan(written));
        return bytes;
    }

    private static IEnumerable<string> SitemapParts(IReadOnlyList<SitemapEntry> entries)
    {
        yield return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        yield return "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
        foreach (var entry in entries)
        {
            yield return "  <url>\n    <loc>";
            yield return WebUtility.HtmlEncode(entry.Url);
            yield return "</loc>\n";
            foreach (var alternate in entry.Alternates)
            {
                yield return "    <xhtml:link rel=\"alternate\" hreflang=\"";
                yield return alternate.Hreflang;
                yield return "\" href=\"";
                yield return WebUtility.HtmlEncode(alternate.Url);
                yield return "\"/>\n";
            }

            yield return "  </url>\n";
        }

        yield return "</urlset>\n";
    }

    private static OutputFile Text(string path, string text) => new(path, new UTF8Encoding(false).GetBytes(text));
}
