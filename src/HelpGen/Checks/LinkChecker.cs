using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using HelpGen.Building;
using HelpGen.Checks.External;
using HelpGen.Checks.Scanning;
using HelpGen.Checks.Reporting;
using HelpGen.Checks.Resolution;
using HelpGen.Checks.Sites;
using HelpGen.Diagnostics;
using HelpGen.Output;

namespace HelpGen.Checks;

/// <summary>
/// Proves every link, anchor and resource of a built site: a <see cref="SiteOutput"/> in memory (problems carry the
/// Markdown line through <see cref="PageOrigin"/>) or any folder of HTML on disk. Pages are parsed once each, in
/// parallel, and dropped after their ids and links are read; anchors are settled once every page's ids are known.
/// External http(s) links are checked only when <see cref="CheckOptions.External"/> is set.
/// </summary>
public sealed class LinkChecker
{
    private readonly HttpClient? _httpClient;

    /// <param name="httpClient">The client for external links; null creates one when needed. Redirects must not be followed automatically.</param>
    public LinkChecker(HttpClient? httpClient = null)
    {
        _httpClient = httpClient;
    }

    /// <summary>Checks a site built in memory.</summary>
    public Task<CheckReport> CheckAsync(SiteOutput site, CheckOptions options, CancellationToken cancellationToken = default) =>
        RunAsync(new MemorySiteSource(site), options, cancellationToken);

    /// <summary>
    /// Checks a folder of HTML (<c>helpgen check --site DIR</c>); problems are placed at the HTML file (shown under
    /// <see cref="CheckOptions.DisplayRoot"/>, else <paramref name="siteDirectory"/>) and the line and column of the element.
    /// Throws <see cref="DirectoryNotFoundException"/> when it does not exist.
    /// </summary>
    public Task<CheckReport> CheckDirectoryAsync(string siteDirectory, CheckOptions options, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(siteDirectory))
        {
            throw new DirectoryNotFoundException($"The site folder '{siteDirectory}' does not exist.");
        }

        return RunAsync(new DirectorySiteSource(siteDirectory, options.DisplayRoot ?? siteDirectory), options, cancellationToken);
    }

    private async Task<CheckReport> RunAsync(ISiteSource site, CheckOptions options, CancellationToken cancellationToken)
    {
        var ignore = (options.Ignore ?? []).Select(p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).ToList();
        var checker = new PageChecker(site, new UrlResolver(options.BaseUrl), ignore, options.External is not null, options.PrettyUrls);
        var findings = ScanPages(site, checker, options.Progress, cancellationToken);
        var idsByPage = findings.ToDictionary(f => f.PagePath, f => f.Ids, StringComparer.Ordinal);
        var problems = findings.SelectMany(f => f.Problems).ToList();
        problems.AddRange(findings.SelectMany(f => f.Anchors).Where(a => !AnchorExists(idsByPage, a)).Select(MissingAnchor));
        var links = findings.Sum(f => f.LinksChecked);
        var externals = findings.SelectMany(f => f.Externals).ToList();
        if (options.External is not null && externals.Count > 0)
        {
            var results = await CheckExternalAsync(externals, options, cancellationToken).ConfigureAwait(false);
            problems.AddRange(ExternalProblems.From(externals, results));
            links += externals.Count;
        }

        return new CheckReport(site.Pages.Count, links, ProblemOrdering.Deduplicate(problems, options.LocaleOrder));
    }

    private static PageFindings[] ScanPages(ISiteSource site, PageChecker checker, IProgress<BuildProgress>? progress, CancellationToken cancellationToken)
    {
        var pages = site.Pages;
        var findings = new PageFindings[pages.Count];
        if (pages.Count == 0)
        {
            return findings;
        }

        var done = 0;
        BuildProgress.Start(progress, BuildProgress.CheckPages, pages.Count);
        var parallel = Parallelism.With(cancellationToken);
        Parallel.ForEach(
            Partitioner.Create(0, pages.Count, 16),
            parallel,
            () => new PageScanner(),
            (range, _, scanner) =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    findings[i] = checker.Check(pages[i], scanner.Scan(site.ReadPage(pages[i])));
                }

                var total = Interlocked.Add(ref done, range.Item2 - range.Item1);
                progress?.Report(new BuildProgress(BuildProgress.CheckPages, total, pages.Count));
                return scanner;
            },
            _ => { });
        return findings;
    }

    private static bool AnchorExists(Dictionary<string, IReadOnlySet<string>> idsByPage, PendingAnchor anchor) =>
        idsByPage.TryGetValue(anchor.TargetPath, out var ids) && AnchorRules.Exists(ids, anchor.Fragment, anchor.RawFragment);

    private static PositionedProblem MissingAnchor(PendingAnchor anchor) =>
        new(
            ProblemFactory.Create(DiagnosticCodes.MissingAnchor, Severity.Error, anchor.PagePath, anchor.Link.Href, anchor.Origin, AnchorRules.Message(anchor.Link.Href, anchor.TargetPath, anchor.Fragment)),
            anchor.PagePath,
            anchor.LinkIndex);

    private async Task<IReadOnlyDictionary<string, ExternalLinkResult>> CheckExternalAsync(
        IReadOnlyList<ExternalUse> uses, CheckOptions options, CancellationToken cancellationToken)
    {
        var urls = uses.Select(u => u.Url).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var ownsClient = _httpClient is null;
        var client = _httpClient ?? ExternalLinkChecker.CreateClient();
        try
        {
            return await new ExternalLinkChecker(client, options.External!, options.Progress).CheckAsync(urls, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (ownsClient)
            {
                client.Dispose();
            }
        }
    }
}
