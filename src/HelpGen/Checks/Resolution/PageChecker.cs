using System.Text.RegularExpressions;
using HelpGen.Checks.Scanning;
using HelpGen.Checks.Sites;
using HelpGen.Diagnostics;
using HelpGen.Html;

namespace HelpGen.Checks.Resolution;

/// <summary>
/// Checks the URLs of one parsed page against the site's files: settles broken links, missing resources, same-page
/// anchors and image maps, duplicate ids, name/id clashes and leftover <c>xref:</c> at once, and returns cross-page
/// anchors and external URLs for later.
/// </summary>
internal sealed partial class PageChecker
{
    private readonly ISiteSource _site;
    private readonly UrlResolver _resolver;
    private readonly IReadOnlyList<Regex> _ignore;
    private readonly bool _collectExternal;
    private readonly bool _prettyUrls;

    /// <param name="prettyUrls">Accept <c>about</c> for <c>about.html</c>, as Netlify, GitHub Pages and Cloudflare Pages serve it.</param>
    public PageChecker(ISiteSource site, UrlResolver resolver, IReadOnlyList<Regex> ignore, bool collectExternal, bool prettyUrls)
    {
        _site = site;
        _resolver = resolver;
        _ignore = ignore;
        _collectExternal = collectExternal;
        _prettyUrls = prettyUrls;
    }

    public PageFindings Check(string pagePath, PageContent content)
    {
        var origins = SourceMapper.Map(content.Links, _site.OriginOf(pagePath));
        var run = new PageRun(pagePath, _site.DisplayPathOf(pagePath), content, origins, UrlResolver.PageUri(pagePath, content.BaseHref));
        ReportNames(run, content);
        for (var i = 0; i < content.Links.Count; i++)
        {
            CheckLink(run, i);
        }

        return new PageFindings(pagePath, content.Ids, run.Problems, run.Anchors, run.Externals, run.LinksChecked);
    }

    private static void ReportNames(PageRun run, PageContent content)
    {
        foreach (var id in content.DuplicateIds)
        {
            run.Report(-1, DiagnosticCodes.DuplicateId, Severity.Warning, "#" + id.Value, run.At(id), $"The id '{id.Value}' is used by more than one element of the page.");
        }

        foreach (var name in content.NameClashes)
        {
            run.Report(-1, DiagnosticCodes.NameIdClash, Severity.Warning, "#" + name.Value, run.At(name), $"<a name=\"{name.Value}\"> has the name of another element's id; #{name.Value} leads to that element.");
        }
    }

    private void CheckLink(PageRun run, int index)
    {
        var link = run.Content.Links[index];
        if (IsIgnored(link.Href))
        {
            return;
        }

        if (link.Role == LinkRole.ImageMap)
        {
            run.LinksChecked++;
            CheckImageMap(run, index);
            return;
        }

        var target = _resolver.Resolve(run.PageUri, link.Href);
        switch (target.Kind)
        {
            case TargetKind.Xref:
                run.LinksChecked++;
                run.Report(index, DiagnosticCodes.UnresolvedXref, Severity.Error, link.Href, run.SourceOf(index), $"The cross-reference '{link.Href}' was never resolved to a page.");
                break;
            case TargetKind.Invalid:
                run.LinksChecked++;
                run.Report(index, CodeFor(link), Severity.Error, link.Href, run.SourceOf(index), $"'{link.Href}' is not a URL a reader can follow: {target.Reason}.");
                break;
            case TargetKind.External when _collectExternal && !IsIgnored(target.Path):
                run.Externals.Add(new ExternalUse(run.PagePath, index, link, target.Path, run.SourceOf(index)));
                break;
            case TargetKind.Internal:
                run.LinksChecked++;
                CheckInternal(run, index, target);
                break;
        }
    }

    /// <summary><c>usemap="#name"</c> names a <c>&lt;map name&gt;</c> of the same page (HTML's hash-name reference).</summary>
    private static void CheckImageMap(PageRun run, int index)
    {
        var href = run.Content.Links[index].Href.Trim();
        if (href.Length < 2 || href[0] != '#' || !run.Content.MapNames.Contains(href[1..]))
        {
            run.Report(index, DiagnosticCodes.MissingAnchor, Severity.Error, href, run.SourceOf(index), $"usemap '{href}': the page has no <map name=\"{href.TrimStart('#')}\">.");
        }
    }

    private void CheckInternal(PageRun run, int index, ResolvedTarget target)
    {
        var link = run.Content.Links[index];
        var file = FindFile(target.Path);
        if (file is null)
        {
            var what = link.Role == LinkRole.Resource ? "file" : "page";
            run.Report(index, CodeFor(link), Severity.Error, link.Href, run.SourceOf(index), $"'{link.Href}' leads to /{target.Path}, a {what} that does not exist.");
            return;
        }

        if (string.IsNullOrEmpty(target.Fragment) || !IsHtml(file))
        {
            return;
        }

        if (file == run.PagePath)
        {
            if (!AnchorRules.Exists(run.Content.Ids, target.Fragment, target.RawFragment!))
            {
                run.Report(index, DiagnosticCodes.MissingAnchor, Severity.Error, link.Href, run.SourceOf(index), AnchorRules.Message(link.Href, file, target.Fragment));
            }

            return;
        }

        run.Anchors.Add(new PendingAnchor(run.PagePath, index, link, file, target.Fragment, target.RawFragment!, run.SourceOf(index)));
    }

    /// <summary>
    /// The file a path names: itself, or index.html for a folder (with or without the trailing '/'), or with pretty
    /// URLs <c>path.html</c>. Case-sensitive, as on the web servers help sites are hosted on.
    /// </summary>
    private string? FindFile(string path)
    {
        if (path.Length == 0 || path.EndsWith('/'))
        {
            var index = path + "index.html";
            return _site.Exists(index) ? index : null;
        }

        if (_site.Exists(path))
        {
            return path;
        }

        var folderIndex = path + "/index.html";
        if (_site.Exists(folderIndex))
        {
            return folderIndex;
        }

        return _prettyUrls && _site.Exists(path + ".html") ? path + ".html" : null;
    }

    /// <summary>A pattern may be written against the URL as in the page or percent-decoded (<c>#шаг-9</c> for <c>#%D1%88...</c>).</summary>
    private bool IsIgnored(string url)
    {
        if (_ignore.Count == 0)
        {
            return false;
        }

        var decoded = Uri.UnescapeDataString(url);
        return _ignore.Any(r => r.IsMatch(url) || (!ReferenceEquals(decoded, url) && r.IsMatch(decoded)));
    }

    private static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    private static string CodeFor(HtmlLink link) =>
        link.Role == LinkRole.Resource ? DiagnosticCodes.MissingResource : DiagnosticCodes.BrokenLink;
}
