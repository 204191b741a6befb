namespace HelpGen.Checks.Reporting;

/// <summary>Picks the formatter for a <see cref="CheckReportFormat"/>.</summary>
public static class CheckReportFormatters
{
    /// <param name="format">The format asked for.</param>
    /// <param name="useColor">Colour the text format (only when printing to a terminal and NO_COLOR is unset); other formats ignore it.</param>
    public static ICheckReportFormatter Create(CheckReportFormat format, bool useColor = false) => format switch
    {
        CheckReportFormat.Json => new JsonReportFormatter(),
        CheckReportFormat.Sarif => new SarifReportFormatter(),
        CheckReportFormat.GitHub => new GitHubReportFormatter(),
        _ => new TextReportFormatter(useColor),
    };

    /// <summary>Writes <paramref name="report"/> to a string.</summary>
    public static string Format(this ICheckReportFormatter formatter, CheckReport report)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        formatter.Write(report, writer);
        return writer.ToString();
    }
}
