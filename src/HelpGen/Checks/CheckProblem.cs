using HelpGen.Diagnostics;

namespace HelpGen.Checks;

/// <summary>
/// One problem in a check report: what is wrong (<see cref="Code"/>, <see cref="Kind"/>), on which page,
/// which link, and where an author fixes it (<see cref="Source"/>/<see cref="Line"/>, null when the link
/// came from the theme or the site was not built from Markdown).
/// </summary>
/// <param name="Code">A stable code from <see cref="DiagnosticCodes"/>, e.g. HG2001.</param>
/// <param name="Kind">The DESIGN.md kind for the code, e.g. <c>broken-link</c>; see <see cref="CheckKinds"/>.</param>
/// <param name="Severity">Only errors make <c>helpgen check</c> exit with 1.</param>
/// <param name="Page">The page (path relative to the site root, with '/') or null for a build diagnostic with no page.</param>
/// <param name="Target">The link as written in the page, or null when unknown.</param>
/// <param name="Source">The Markdown file that produced the link, as displayed to the user, or null.</param>
/// <param name="Line">1-based line in <see cref="Source"/>, or null.</param>
/// <param name="Message">A sentence for a human; tests assert codes, never this wording.</param>
/// <param name="Column">1-based column in <see cref="Source"/>, or null (not part of the JSON schema).</param>
public sealed record CheckProblem(
    string Code,
    string Kind,
    Severity Severity,
    string? Page,
    string? Target,
    string? Source,
    int? Line,
    string Message,
    int? Column = null)
{
    public bool IsError => Severity == Severity.Error;
}
