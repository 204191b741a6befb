using HelpGen.Diagnostics;

namespace HelpGen.Checks.Reporting;

/// <summary>
/// The human report: problems grouped under their Markdown file (line:column first), then problems with no source
/// grouped under their page, then a summary line. ANSI colour only when asked for.
/// </summary>
public sealed class TextReportFormatter : ICheckReportFormatter
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";
    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";

    private readonly bool _useColor;

    public TextReportFormatter(bool useColor)
    {
        _useColor = useColor;
    }

    public void Write(CheckReport report, TextWriter writer)
    {
        var groups = report.Problems.GroupBy(p => p.File ?? p.Page ?? "(site)", StringComparer.Ordinal);
        foreach (var group in groups)
        {
            writer.Write(Paint(group.Key, Bold));
            writer.Write('\n');
            foreach (var problem in group)
            {
                WriteProblem(problem, writer);
            }
        }

        writer.Write(Summary(report));
        writer.Write('\n');
    }

    private void WriteProblem(Diagnostic problem, TextWriter writer)
    {
        var position = problem.File is null ? string.Empty : $"{problem.Line}:{problem.Column}  ";
        var severity = problem.Severity == Severity.Error ? Paint("error", Red) : Paint("warning", Yellow);
        var page = problem.File is null ? string.Empty : Paint(ProblemText.PageSuffix(problem), Dim);
        writer.Write($"  {position}{severity} {problem.Code} {problem.Kind}: {problem.Message.ReplaceLineEndings(" ")}{page}\n");
    }

    private static string Summary(CheckReport report)
    {
        var checkedText = $"{report.PagesChecked} {Plural(report.PagesChecked, "page")}, {report.LinksChecked} {Plural(report.LinksChecked, "link")} checked";
        if (report.Problems.Count == 0)
        {
            return $"No problems: {checkedText}.";
        }

        var errors = report.ErrorCount;
        var warnings = report.WarningCount;
        return $"{report.Problems.Count} {Plural(report.Problems.Count, "problem")} ({errors} {Plural(errors, "error")}, {warnings} {Plural(warnings, "warning")}): {checkedText}.";
    }

    private static string Plural(int count, string word) => count == 1 ? word : word + "s";

    private string Paint(string text, string color) => _useColor ? color + text + Reset : text;
}
