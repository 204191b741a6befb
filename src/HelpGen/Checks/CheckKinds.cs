using HelpGen.Diagnostics;

namespace HelpGen.Checks;

/// <summary>The kinds of DESIGN.md's check report, and the mapping from a diagnostic code to its kind.</summary>
public static class CheckKinds
{
    public const string BrokenLink = "broken-link";
    public const string MissingAnchor = "missing-anchor";
    public const string UnresolvedXref = "unresolved-xref";
    public const string MissingResource = "missing-resource";
    public const string ExternalLink = "external-link";
    public const string DuplicateId = "duplicate-id";
    public const string InvalidContent = "invalid-content";
    public const string InvalidConfig = "invalid-config";

    /// <summary>The kind for <paramref name="code"/>: HG2xxx per DESIGN.md's table, HG1xxx invalid-content, HG0xxx invalid-config.</summary>
    public static string ForCode(string code) => code switch
    {
        DiagnosticCodes.BrokenLink => BrokenLink,
        DiagnosticCodes.MissingAnchor => MissingAnchor,
        DiagnosticCodes.UnresolvedXref => UnresolvedXref,
        DiagnosticCodes.MissingResource => MissingResource,
        DiagnosticCodes.ExternalLink => ExternalLink,
        DiagnosticCodes.DuplicateId or DiagnosticCodes.NameIdClash => DuplicateId,
        _ when code.StartsWith("HG0", StringComparison.Ordinal) => InvalidConfig,
        _ => InvalidContent,
    };

    /// <summary>A short title per code, used as SARIF rule descriptions.</summary>
    public static string Describe(string code) => code switch
    {
        DiagnosticCodes.BrokenLink => "A link whose target page or file does not exist.",
        DiagnosticCodes.MissingAnchor => "A link whose target exists but has no element with the #fragment's id.",
        DiagnosticCodes.UnresolvedXref => "An xref: key or a link to a .md file that names no article.",
        DiagnosticCodes.MissingResource => "An image, script, stylesheet or other file that does not exist.",
        DiagnosticCodes.ExternalLink => "An external http(s) link that failed or redirects permanently.",
        DiagnosticCodes.DuplicateId => "Two or more elements of a page share one id, so #fragment links are ambiguous.",
        DiagnosticCodes.NameIdClash => "An <a name> equals another element's id; #fragment links lead to the element with the id.",
        _ when code.StartsWith("HG0", StringComparison.Ordinal) => "A configuration problem.",
        _ => "A content problem (front matter, YAML, encoding or file layout).",
    };
}
