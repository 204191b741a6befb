using HelpGen.Diagnostics;

namespace HelpGen.Checks.Resolution;

/// <summary>Builds the <see cref="Diagnostic"/> for a link of a page, at its Markdown origin or HTML element when known.</summary>
internal static class ProblemFactory
{
    public static Diagnostic Create(string code, Severity severity, string page, string target, LinkSource? origin, string message) =>
        origin is null
            ? new Diagnostic(severity, code, message, Page: page, Target: target)
            : new Diagnostic(severity, code, message, origin.File, origin.Line, origin.Column, page, target);
}
