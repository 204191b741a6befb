using HelpGen.Diagnostics;

namespace HelpGen.Checks.Reporting;

/// <summary>
/// GitHub Actions workflow commands: <c>::error file=&lt;source&gt;,line=&lt;line&gt;,col=&lt;column&gt;::&lt;message&gt;</c> for
/// problems with a source (the Markdown line, or the element in an HTML file checked with --site: the annotation lands
/// there), <c>::error::&lt;page&gt;: &lt;message&gt;</c> for the rest; warnings as <c>::warning</c>. Values are escaped as
/// the runner expects.
/// </summary>
public sealed class GitHubReportFormatter : ICheckReportFormatter
{
    public void Write(CheckReport report, TextWriter writer)
    {
        foreach (var problem in report.Problems)
        {
            var command = problem.Severity == Severity.Error ? "error" : "warning";
            var text = $"{problem.Code} {problem.Kind}: {problem.Message}";
            if (problem.File is not null)
            {
                var page = ProblemText.PageSuffix(problem);
                writer.Write($"::{command} file={EscapeProperty(problem.File)},line={problem.Line},col={problem.Column}::{EscapeData(text + page)}\n");
            }
            else
            {
                var prefix = problem.Page is null ? string.Empty : problem.Page + ": ";
                writer.Write($"::{command}::{EscapeData(prefix + text)}\n");
            }
        }
    }

    internal static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    internal static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
