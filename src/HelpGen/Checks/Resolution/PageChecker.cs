using System.Text.RegularExpressions;
using HelpGen.Checks.Html;
using HelpGen.Checks.Sites;
using HelpGen.Diagnostics;

namespace HelpGen.Checks.Resolution;

/// <summary>
/// Checks the URLs of one parsed page against the site's files: settles broken links, missing resources, same-page
/// anchors, duplicate ids and leftover <c>xref:</c> at once, and returns cross-page anchors and external URLs for later.
/// </summary>
internal sealed class PageChecker
{
    private readonly ISiteSource _site;
    private readonly UrlResolver _resolver;
    private readonly IReadOnlyList<Regex> _ignore;
    private readonly bool _collectExternal;

    public PageChecker(ISiteSource site, UrlResolver resolver, IReadOnlyList<Regex> ignore, bool collectExternal)
    {
        _site = site;
        _resolver = resolver;
        _ignore = ignore;
        _collectExternal = collectExternal;
    }

    public PageFindings Check(string pagePath, PageContent content)
    {
        var origins = SourceMapper.Map(content.Links, _site.OriginOf(pagePath));
        var run = new PageRun(pagePath, content, origins, UrlResolver.PageUri(pagePath, content.BaseHref));
        foreach (var id in content.DuplicateIds)
        {
            run.Report(-1, DiagnosticCodes.DuplicateId, Severity.Warning, "#" + id, null, $"The id '{id}' is used by more than one element of the page.");
        }

        for (var i = 0; i < content.Links.Count; i++)
        {
            CheckLink(run, i);
        }

        return new PageFindings(pagePath, content.Ids, run.Problems, run.Anchors, run.Externals, run.LinksChecked);
    }

    private void CheckLink(PageRun run, int index)
    {
        var link = run.Content.Links[index];
        if (IsIgnored(link.Href))
        {
            return;
        }

        var target = _resolver.Resolve(run.PageUri, link.Href);
        switch (target.Kind)
        {
            case TargetKind.Xref:
                run.LinksChecked++;
                run.Report(index, DiagnosticCodes.UnresolvedXref, Severity.Error, link.Href, run.Origins[index], $"The cross-reference '{link.Href}' was never resolved to a page.");
                break;
            case TargetKind.Invalid:
                run.LinksChecked++;
                run.Report(index, CodeFor(link), Severity.Error, link.Href, run.Origins[index], $"'{link.Href}' is not a valid URL.");
                break;
            case TargetKind.External when _collectExternal && !IsIgnored(target.Path):
                run.Externals.Add(new ExternalUse(run.PagePath, index, link, target.Path, run.Origins[index]));
                break;
            case TargetKind.Internal:
                run.LinksChecked++;
                CheckInternal(run, index, target);
                break;
        }
    }

    private void CheckInternal(PageRun run, int index, ResolvedTarget target)
    {
        var link = run.Content.Links[index];
        var file = FindFile(target.Path);
        if (file is null)
        {
            var what = link.Role == LinkRole.Resource ? "file" : "page";
            run.Report(index, CodeFor(link), Severity.Error, link.Href, run.Origins[index], $"'{link.Href}' leads to /{target.Path}, a {what} that does not exist.");
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
                run.Report(index, DiagnosticCodes.MissingAnchor, Severity.Error, link.Href, run.Origins[index], AnchorRules.Message(link.Href, file, target.Fragment));
            }

            return;
        }

        run.Anchors.Add(new PendingAnchor(run.PagePath, index, link, file, target.Fragment, target.RawFragment!, run.Origins[index]));
    }

    /// <summary>The file a path names: itself, or index.html for a folder (with or without the trailing '/').</summary>
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
        return _site.Exists(folderIndex) ? folderIndex : null;
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

    private static string CodeFor(PageLink link) =>
        link.Role == LinkRole.Resource ? DiagnosticCodes.MissingResource : DiagnosticCodes.BrokenLink;

    /// <summary>The state of checking one page: its content, the origin of each link, and what was found so far.</summary>
    private sealed class PageRun
    {
        public PageRun(string pagePath, PageContent content, LinkSource?[] origins, Uri pageUri)
        {
            PageUri = pageUri;
            PagePath = pagePath;
            Content = content;
            Origins = origins;
        }

        public string PagePath { get; }

        public PageContent Content { get; }

        /// <summary>The address the page's relative links resolve against.</summary>
        public Uri PageUri { get; }

        public LinkSource?[] Origins { get; }

        public List<PositionedProblem> Problems { get; } = [];

        public List<PendingAnchor> Anchors { get; } = [];

        public List<ExternalUse> Externals { get; } = [];

        public int LinksChecked { get; set; }

        public void Report(int linkIndex, string code, Severity severity, string target, LinkSource? origin, string message) =>
            Problems.Add(new PositionedProblem(ProblemFactory.Create(code, severity, PagePath, target, origin, message), PagePath, linkIndex));
    }
}
