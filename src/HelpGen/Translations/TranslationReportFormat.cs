namespace HelpGen.Translations;

/// <summary>The output formats of <c>helpgen translations</c>.</summary>
public enum TranslationReportFormat
{
    Text,
    Json,
    GitHub,
}
