namespace HelpGen.Diagnostics;

/// <summary>
/// One problem found in the input, as a value: a stable code, a message and where it is.
/// <see cref="File"/> is the path as the user should see it (relative to the current folder, with '/').
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, string? File = null, int Line = 1, int Column = 1)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>Formats as <c>path:line:col: error HG1234: message</c>, the shape compilers and editors understand.</summary>
    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        var location = File is null ? "helpgen" : $"{File}:{Line}:{Column}";
        return $"{location}: {severity} {Code}: {Message}";
    }
}
