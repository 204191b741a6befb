using System.Text.Json;
using HelpGen.Diagnostics;

namespace HelpGen.Checks.Reporting;

/// <summary>
/// DESIGN.md's JSON report: <c>{ pagesChecked, linksChecked, problems: [ { code, kind, severity, page, target,
/// source, line, column, message } ] }</c>, with null for an unknown page, target, source, line or column.
/// </summary>
public sealed class JsonReportFormatter : ICheckReportFormatter
{
    public void Write(CheckReport report, TextWriter writer) =>
        JsonOutput.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("pagesChecked", report.PagesChecked);
            json.WriteNumber("linksChecked", report.LinksChecked);
            json.WriteStartArray("problems");
            foreach (var problem in report.Problems)
            {
                WriteProblem(json, problem);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

    private static void WriteProblem(Utf8JsonWriter json, Diagnostic problem)
    {
        json.WriteStartObject();
        json.WriteString("code", problem.Code);
        json.WriteString("kind", problem.Kind);
        json.WriteString("severity", problem.Severity == Severity.Error ? "error" : "warning");
        json.WriteStringOrNull("page", problem.Page);
        json.WriteStringOrNull("target", problem.Target);
        json.WriteStringOrNull("source", problem.File);
        WriteNumberOrNull(json, "line", problem.File is null ? null : problem.Line);
        WriteNumberOrNull(json, "column", problem.File is null ? null : problem.Column);

        json.WriteString("message", problem.Message);
        json.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
