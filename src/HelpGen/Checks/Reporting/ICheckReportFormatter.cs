namespace HelpGen.Checks.Reporting;

/// <summary>Writes a <see cref="CheckReport"/> in one format. Output is deterministic: the same report gives the same text.</summary>
public interface ICheckReportFormatter
{
    void Write(CheckReport report, TextWriter writer);
}
