using HelpGen.Checks.Resolution;
using HelpGen.Diagnostics;

namespace HelpGen.Checks.Reporting;

/// <summary>
/// Puts problems in the report's deterministic order and reports a mistake once: when several locales show the same
/// article, the problems with the same file, line, column and code collapse into the first page's (in site.yml
/// locale order, then ordinal); a build diagnostic of a link replaces the HTML problems at its place. Problems with
/// a file come first, by file and line; then the rest, by page.
/// </summary>
internal static class ProblemOrdering
{
    public static IReadOnlyList<Diagnostic> Deduplicate(IEnumerable<PositionedProblem> problems, IReadOnlyList<string>? localeOrder)
    {
        var seen = new HashSet<(string, int, int, string)>();
        var kept = new List<Diagnostic>();
        foreach (var item in problems.OrderBy(p => LocaleRank(p.PagePath, localeOrder))
                     .ThenBy(p => p.PagePath, StringComparer.Ordinal)
                     .ThenBy(p => p.LinkIndex))
        {
            var problem = item.Problem;
            if (problem.File is null || seen.Add((problem.File, problem.Line, problem.Column, problem.Code)))
            {
                kept.Add(problem);
            }
        }

        return Sort(kept);
    }

    /// <summary>
    /// The check's <paramref name="found"/> problems with the build's <paramref name="diagnostics"/>: the build knows
    /// why a link failed (an unknown xref key, an article not translated), the HTML check knows the page and the link.
    /// The build reports a link once per locale that shows the article; the report keeps one.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Combine(IReadOnlyList<Diagnostic> found, IReadOnlyList<Diagnostic> diagnostics)
    {
        var problems = found.ToList();
        foreach (var diagnostic in diagnostics.DistinctBy(d => (d.File, d.File is null ? d.Message : null, d.Line, d.Column, d.Code)))
        {
            var matches = diagnostic.Category == DiagnosticCategory.Link && diagnostic.File is not null
                ? found.Where(p => p.File == diagnostic.File && p.Line == diagnostic.Line && p.Column == diagnostic.Column).ToList()
                : [];
            problems.RemoveAll(matches.Contains);
            problems.Add(diagnostic with { Page = matches.FirstOrDefault()?.Page, Target = matches.FirstOrDefault()?.Target });
        }

        return Sort(problems);
    }

    public static IReadOnlyList<Diagnostic> Sort(IEnumerable<Diagnostic> problems) =>
        problems.Order(Comparer<Diagnostic>.Create(Compare)).ToList();

    private static int Compare(Diagnostic a, Diagnostic b)
    {
        var result = (a.File is null).CompareTo(b.File is null);
        result = result != 0 ? result : string.CompareOrdinal(a.File, b.File);
        result = result != 0 ? result : a.Line.CompareTo(b.Line);
        result = result != 0 ? result : a.Column.CompareTo(b.Column);
        result = result != 0 ? result : string.CompareOrdinal(a.Page, b.Page);
        result = result != 0 ? result : string.CompareOrdinal(a.Code, b.Code);
        result = result != 0 ? result : string.CompareOrdinal(a.Target, b.Target);
        return result != 0 ? result : string.CompareOrdinal(a.Message, b.Message);
    }

    private static int LocaleRank(string pagePath, IReadOnlyList<string>? localeOrder)
    {
        if (localeOrder is null)
        {
            return 0;
        }

        var slash = pagePath.IndexOf('/');
        var first = slash < 0 ? string.Empty : pagePath[..slash];
        for (var i = 0; i < localeOrder.Count; i++)
        {
            if (localeOrder[i] == first)
            {
                return i;
            }
        }

        return localeOrder.Count;
    }
}
