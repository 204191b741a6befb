using HelpGen.Checks.Resolution;


namespace HelpGen.Checks.Reporting;

/// <summary>
/// Puts problems in the report's deterministic order and reports a Markdown mistake once: when several locales show
/// the same article, the problems with the same source, line, column and code collapse into the first page's (in
/// site.yml locale order, then ordinal). Source-mapped problems come first, by file and line; then the rest, by page.
/// </summary>
internal static class ProblemOrdering
{
    public static IReadOnlyList<CheckProblem> Deduplicate(IEnumerable<PositionedProblem> problems, IReadOnlyList<string>? localeOrder)
    {
        var seen = new HashSet<(string, int?, int?, string)>();
        var kept = new List<CheckProblem>();
        foreach (var item in problems.OrderBy(p => LocaleRank(p.PagePath, localeOrder))
                     .ThenBy(p => p.PagePath, StringComparer.Ordinal)
                     .ThenBy(p => p.LinkIndex))
        {
            var problem = item.Problem;
            if (problem.Source is null || seen.Add((problem.Source, problem.Line, problem.Column, problem.Code)))
            {
                kept.Add(problem);
            }
        }

        return Sort(kept);
    }

    public static IReadOnlyList<CheckProblem> Sort(IEnumerable<CheckProblem> problems) =>
        problems.Order(Comparer<CheckProblem>.Create(Compare)).ToList();

    private static int Compare(CheckProblem a, CheckProblem b)
    {
        var result = (a.Source is null).CompareTo(b.Source is null);
        result = result != 0 ? result : string.CompareOrdinal(a.Source, b.Source);
        result = result != 0 ? result : Nullable.Compare(a.Line, b.Line);
        result = result != 0 ? result : Nullable.Compare(a.Column, b.Column);
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
