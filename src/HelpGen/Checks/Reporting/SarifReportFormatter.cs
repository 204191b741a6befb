using System.Text.Json;
using HelpGen.Diagnostics;

namespace HelpGen.Checks.Reporting;

/// <summary>
/// SARIF 2.1.0 with one run of the tool <c>helpgen</c>: a rule per code, a result per problem located at the Markdown
/// line when known, else at the page (relative to the site root, <c>uriBaseId</c> SITEROOT). GitHub code scanning reads it.
/// </summary>
public sealed class SarifReportFormatter : ICheckReportFormatter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string InformationUri = "https://github.com/helpgen/helpgen";

    private static readonly string[] LinkCodes =
        DiagnosticCodes.All.Where(c => c.Value.Category == DiagnosticCategory.Link).Select(c => c.Key).ToArray();

    public void Write(CheckReport report, TextWriter writer)
    {
        var rules = LinkCodes.Concat(report.Problems.Select(p => p.Code)).Distinct().Order(StringComparer.Ordinal).ToList();
        JsonOutput.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            json.WriteStartArray("results");
            foreach (var problem in report.Problems)
            {
                WriteResult(json, problem, rules.IndexOf(problem.Code));
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<string> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "helpgen");
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (var code in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", code);
            var described = DiagnosticCodes.Describe(code);
            json.WriteString("name", RuleName(described.Kind));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", described.Title);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", code is DiagnosticCodes.DuplicateId or DiagnosticCodes.NameIdClash ? "warning" : "error");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic problem, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", problem.Code);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", problem.Severity == Severity.Error ? "error" : "warning");
        json.WriteStartObject("message");
        json.WriteString("text", MessageText(problem));
        json.WriteEndObject();
        if (problem.File is not null || problem.Page is not null)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            WritePhysicalLocation(json, problem);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WritePhysicalLocation(Utf8JsonWriter json, Diagnostic problem)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", problem.File ?? problem.Page);
        if (problem.File is null)
        {
            json.WriteString("uriBaseId", "SITEROOT");
        }

        json.WriteEndObject();
        if (problem.File is not null)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", problem.Line);
            json.WriteNumber("startColumn", problem.Column);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static string MessageText(Diagnostic problem)
    {
        return problem.Message + ProblemText.PageSuffix(problem);
    }

    private static string RuleName(string kind) =>
        string.Concat(kind.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
