namespace HelpGen.Diagnostics;

/// <summary>
/// One problem found by any stage, build or check, as a value: a stable code, a message and where it is.
/// <see cref="File"/> is the path as the user should see it (relative to the current folder, with '/'): the Markdown
/// or config file, or the HTML file of a site checked on disk; null when the problem has no file to point at.
/// A link-check finding also names the <see cref="Page"/> (path from the site root) and the <see cref="Target"/> as
/// written in the page. What the code means (category, report kind) comes from <see cref="DiagnosticCodes.Describe"/>.
/// </summary>
public sealed record Diagnostic(
    Severity Severity,
    string Code,
    string Message,
    string? File = null,
    int Line = 1,
    int Column = 1,
    string? Page = null,
    string? Target = null)
{
    /// <summary>
    /// The stage that reported it, set by that stage's <see cref="DiagnosticBag"/>. Not printed, and not part of equality:
    /// two diagnostics are the same problem when everything else matches.
    /// </summary>
    public DiagnosticStage Stage { get; init; }

    public bool Equals(Diagnostic? other) =>
        other is not null
        && Severity == other.Severity && Code == other.Code && Message == other.Message && File == other.File
        && Line == other.Line && Column == other.Column && Page == other.Page && Target == other.Target;

    public override int GetHashCode() => HashCode.Combine(Severity, Code, Message, File, Line, Column, Page, Target);

    public bool IsError => Severity == Severity.Error;

    /// <summary>The code's category: configuration errors exit with 2, the others with 1.</summary>
    public DiagnosticCategory Category => DiagnosticCodes.Describe(Code).Category;

    /// <summary>The check report's kind for the code, e.g. <c>broken-link</c> or <c>invalid-content</c>.</summary>
    public string Kind => DiagnosticCodes.Describe(Code).Kind;

    /// <summary>Formats as <c>path:line:col: error HG1234: message</c>, the shape compilers and editors understand.</summary>
    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        var location = File is null ? Page ?? "helpgen" : $"{File}:{Line}:{Column}";
        return $"{location}: {severity} {Code}: {Message}";
    }
}
