using HelpGen.Diagnostics;

namespace HelpGen.Checks.Resolution;

/// <summary>Builds a <see cref="CheckProblem"/> for a link, with the kind of its code and the Markdown origin when known.</summary>
internal static class ProblemFactory
{
    public static CheckProblem Create(string code, Severity severity, string page, string target, LinkSource? origin, string message) =>
        new(code, CheckKinds.ForCode(code), severity, page, target, origin?.File, origin?.Line, message, origin?.Column);
}
