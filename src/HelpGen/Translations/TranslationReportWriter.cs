using System.Text.Json;
using HelpGen.Checks.Reporting;

namespace HelpGen.Translations;

/// <summary>
/// Prints a <see cref="TranslationReport"/>: text grouped by language (a summary line, then every article that is
/// not present and current), JSON with every entry, or GitHub workflow warnings on the stale files.
/// </summary>
public static class TranslationReportWriter
{
    public static void Write(TranslationReport report, TranslationReportFormat format, TextWriter writer)
    {
        switch (format)
        {
            case TranslationReportFormat.Json: WriteJson(report, writer); break;
            case TranslationReportFormat.GitHub: WriteGitHub(report, writer); break;
            default: WriteText(report, writer); break;
        }
    }

    /// <summary><c>de: 15/16 translated, 1 outdated</c> (and <c>, 1 without date</c>); the reference: <c>en (reference): 16/16 present</c>.</summary>
    public static string SummaryLine(LanguageSummary summary)
    {
        if (summary.IsReference) return $"{summary.Language} (reference): {summary.Translated}/{summary.Expected} present";
        var unknown = summary.Unknown == 0 ? string.Empty : $", {summary.Unknown} without date";
        return $"{summary.Language}: {summary.Translated}/{summary.Expected} translated, {summary.Outdated} outdated{unknown}";
    }

    private static void WriteText(TranslationReport report, TextWriter writer)
    {
        writer.Write($"Translations of {report.ArticleCount} articles compared with '{report.ReferenceLanguage}':\n");
        foreach (var summary in report.Languages)
        {
            writer.Write(SummaryLine(summary) + "\n");
            foreach (var entry in report.Entries.Where(e => e.Language == summary.Language && e.Status != TranslationStatus.Present))
            {
                writer.Write($"  {Word(entry.Status),-9} {entry.Name}: {entry.File}{Dates(entry, report.ReferenceLanguage)}\n");
            }
        }
    }

    private static string Dates(TranslationEntry entry, string reference) => entry.Status switch
    {
        TranslationStatus.Outdated => $" (updated {entry.Updated}, {reference} {entry.ReferenceUpdated})",
        TranslationStatus.Unknown => $" (no 'updated', {reference} {entry.ReferenceUpdated})",
        _ => string.Empty,
    };

    private static void WriteGitHub(TranslationReport report, TextWriter writer)
    {
        foreach (var entry in report.Entries.Where(e => e.Status != TranslationStatus.Present))
        {
            var file = entry.Status == TranslationStatus.Missing ? entry.ReferenceFile : entry.File;
            var message = entry.Status switch
            {
                TranslationStatus.Missing => $"'{entry.Language}' translation of {entry.Name} is missing: {entry.File}",
                TranslationStatus.Outdated => $"'{entry.Language}' translation of {entry.Name} is outdated: updated {entry.Updated}, '{report.ReferenceLanguage}' {entry.ReferenceUpdated} ({entry.ReferenceFile})",
                _ => $"'{entry.Language}' translation of {entry.Name} has no 'updated' date; '{report.ReferenceLanguage}' was updated {entry.ReferenceUpdated} ({entry.ReferenceFile})",
            };
            var location = file is null ? string.Empty : $" file={GitHubReportFormatter.EscapeProperty(file)},line=1";
            writer.Write($"::warning{location}::{GitHubReportFormatter.EscapeData(message)}\n");
        }

        foreach (var summary in report.Languages) writer.Write(SummaryLine(summary) + "\n");
    }

    private static void WriteJson(TranslationReport report, TextWriter writer) =>
        JsonOutput.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("reference", report.ReferenceLanguage);
            json.WriteNumber("articles", report.ArticleCount);
            json.WriteStartArray("languages");
            foreach (var summary in report.Languages) WriteSummary(json, summary);
            json.WriteEndArray();
            json.WriteStartArray("entries");
            foreach (var entry in report.Entries) WriteEntry(json, entry);
            json.WriteEndArray();
            json.WriteEndObject();
        });

    private static void WriteSummary(Utf8JsonWriter json, LanguageSummary summary)
    {
        json.WriteStartObject();
        json.WriteString("language", summary.Language);
        json.WriteBoolean("reference", summary.IsReference);
        json.WriteNumber("expected", summary.Expected);
        json.WriteNumber("translated", summary.Translated);
        json.WriteNumber("missing", summary.Missing);
        json.WriteNumber("outdated", summary.Outdated);
        json.WriteNumber("unknown", summary.Unknown);
        json.WriteEndObject();
    }

    private static void WriteEntry(Utf8JsonWriter json, TranslationEntry entry)
    {
        json.WriteStartObject();
        json.WriteString("key", entry.Key);
        json.WriteString("language", entry.Language);
        json.WriteStringOrNull("country", entry.Country);
        json.WriteString("status", Word(entry.Status));
        json.WriteString("file", entry.File);
        json.WriteStringOrNull("updated", entry.Updated);
        json.WriteStringOrNull("referenceFile", entry.ReferenceFile);
        json.WriteStringOrNull("referenceUpdated", entry.ReferenceUpdated);
        json.WriteEndObject();
    }

    private static string Word(TranslationStatus status) => status.ToString().ToLowerInvariant();
}
