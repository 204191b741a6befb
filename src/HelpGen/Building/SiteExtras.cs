using System.Net;
using System.Text;
using HelpGen.Content;
using HelpGen.Diagnostics;
using HelpGen.Output;

namespace HelpGen.Building;

/// <summary>The files around the pages: sitemap.xml, robots.txt, alias redirect pages and the host files (_redirects, _headers).</summary>
public static class SiteExtras
{
    /// <summary>The sitemap protocol's limits for one file: 50,000 URLs and 50 MiB uncompressed (sitemaps.org).</summary>
    public const int MaxSitemapUrls = 50_000;

    /// <inheritdoc cref="MaxSitemapUrls"/>
    public const int MaxSitemapBytes = 50 * 1024 * 1024;

    public static IEnumerable<OutputFile> Create(SitePlan plan, IReadOnlyList<SitemapEntry> sitemap, IReadOnlyCollection<string> pages, DiagnosticBag diagnostics) =>
        Sitemap(plan, sitemap, diagnostics).Concat(AroundPages(plan, pages, diagnostics));

    /// <summary>
    /// sitemap.xml of <paramref name="entries"/> (in URL order); none, with a warning, when site.yml has no baseUrl. A
    /// site over the protocol's limits for one file (<see cref="MaxSitemapUrls"/>, <see cref="MaxSitemapBytes"/>) gets
    /// <c>sitemap-1.xml</c>, <c>sitemap-2.xml</c>, … and sitemap.xml becomes the index listing them.
    /// </summary>
    public static IReadOnlyList<OutputFile> Sitemap(SitePlan plan, IReadOnlyList<SitemapEntry> entries, DiagnosticBag diagnostics)
    {
        if (plan.Config.BaseUrl is { } baseUrl) return Sitemaps(baseUrl, entries);
        diagnostics.Warning(DiagnosticCodes.NoSitemapWithoutBaseUrl, "site.yml has no baseUrl, so no sitemap.xml is written and hreflang links are relative", plan.Content.Display.For(Path.Combine(plan.Content.SourceRoot, "site.yml")));
        return [];
    }

    /// <summary>sitemap.xml, or (over the limits given) an index of that name and the parts it lists.</summary>
    internal static IReadOnlyList<OutputFile> Sitemaps(string baseUrl, IReadOnlyList<SitemapEntry> entries, int maxUrls = MaxSitemapUrls, int maxBytes = MaxSitemapBytes)
    {
        // Each entry's <url> element once, as UTF-8, side by side: a large site's sitemap has tens of megabytes of them.
        var urls = new byte[entries.Count][];
        Parallel.For(0, entries.Count, Parallelism.Options, i => urls[i] = Utf8(UrlParts(entries[i])));
        var (head, tail) = (Utf8(UrlSetHead), Utf8([UrlSetTail]));
        var parts = new List<Range> { new(0, 0) };
        var bytes = head.Length + tail.Length;
        for (var i = 0; i < urls.Length; i++)
        {
            var count = parts[^1].End.Value - parts[^1].Start.Value;
            if (count > 0 && (count == maxUrls || bytes + urls[i].Length > maxBytes))
            {
                parts.Add(new Range(i, i));
                bytes = head.Length + tail.Length;
            }

            parts[^1] = new Range(parts[^1].Start, i + 1);
            bytes += urls[i].Length;
        }

        byte[] UrlSet(Range part) => Concat([head, .. urls[part], tail]);
        if (parts.Count == 1) return [new OutputFile("sitemap.xml", UrlSet(parts[0]))];
        var files = parts.Select((part, i) => new OutputFile($"sitemap-{i + 1}.xml", UrlSet(part))).ToList();
        return [new OutputFile("sitemap.xml", Utf8(Index(baseUrl, files.Select(f => f.Path)))), .. files];
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
    /// Text given in parts, as UTF-8 in one array of its exact size: a large site's sitemap runs to tens of megabytes,
    /// which as one string (and a builder's chunks, and a copy) made the garbage collector run a full collection.
    /// </summary>
    private static byte[] Utf8(IEnumerable<string> parts)
    {
        var bytes = new byte[Utf8Length(parts)];
        var written = 0;
        foreach (var part in parts) written += Encoding.UTF8.GetBytes(part, bytes.AsSpan(written));
        return bytes;
    }

    private static int Utf8Length(IEnumerable<string> parts)
    {
        var length = 0;
        foreach (var part in parts) length += Encoding.UTF8.GetByteCount(part);
        return length;
    }

    private static readonly string[] UrlSetHead =
    [
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    ];

    private const string UrlSetTail = "</urlset>\n";

    /// <summary>Arrays joined into one of exactly their total length.</summary>
    private static byte[] Concat(IReadOnlyList<byte[]> arrays)
    {
        var joined = new byte[arrays.Sum(a => a.Length)];
        var written = 0;
        foreach (var array in arrays)
        {
            array.CopyTo(joined, written);
            written += array.Length;
        }

        return joined;
    }

    private static IEnumerable<string> UrlParts(SitemapEntry entry)
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

    /// <summary>The sitemap index listing <paramref name="files"/> (site paths) by their absolute URLs.</summary>
    private static IEnumerable<string> Index(string baseUrl, IEnumerable<string> files)
    {
        yield return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        yield return "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
        foreach (var file in files)
        {
            yield return "  <sitemap>\n    <loc>";
            yield return WebUtility.HtmlEncode(baseUrl + file);
            yield return "</loc>\n  </sitemap>\n";
        }

        yield return "</sitemapindex>\n";
    }

    private static OutputFile Text(string path, string text) => new(path, new UTF8Encoding(false).GetBytes(text));
}
