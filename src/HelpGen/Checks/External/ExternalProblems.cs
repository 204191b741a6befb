using HelpGen.Checks.Resolution;
using HelpGen.Diagnostics;

namespace HelpGen.Checks.External;

/// <summary>
/// Turns external link answers into problems: failures are errors, permanent redirects warnings. A link from Markdown
/// is reported at its line; any other (a theme link, a page on disk) is reported once per URL, on its first page, with the page count.
/// </summary>
internal static class ExternalProblems
{
    public static IEnumerable<PositionedProblem> From(IReadOnlyList<ExternalUse> uses, IReadOnlyDictionary<string, ExternalLinkResult> results)
    {
        var bad = uses.Where(u => results[u.Url].State != ExternalLinkState.Ok).ToList();
        foreach (var use in bad.Where(u => u.Origin is { FromMarkdown: true }))
        {
            yield return Create(use, results[use.Url], results[use.Url].Message);
        }

        foreach (var group in bad.Where(u => u.Origin is not { FromMarkdown: true }).GroupBy(u => u.Url, StringComparer.Ordinal))
        {
            var pages = group.Select(u => u.PagePath).Distinct(StringComparer.Ordinal).Count();
            var result = results[group.Key];
            var message = pages > 1 ? $"{result.Message} (linked from {pages} pages)" : result.Message;
            yield return Create(group.First(), result, message);
        }
    }

    private static PositionedProblem Create(ExternalUse use, ExternalLinkResult result, string message)
    {
        var severity = result.State == ExternalLinkState.Failed ? Severity.Error : Severity.Warning;
        var problem = ProblemFactory.Create(DiagnosticCodes.ExternalLink, severity, use.PagePath, use.Link.Href, use.Origin, message);
        return new PositionedProblem(problem, use.PagePath, use.LinkIndex);
    }
}
