namespace HelpGen.Diagnostics;

/// <summary>How serious a diagnostic is. Only errors change the exit code.</summary>
public enum Severity
{
    Warning,
    Error,
}
