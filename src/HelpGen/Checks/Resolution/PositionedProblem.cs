using HelpGen.Diagnostics;

namespace HelpGen.Checks.Resolution;

/// <summary>A problem with where it was found (page path and index of the link in the page; -1 for the page itself), for de-duplication.</summary>
internal sealed record PositionedProblem(Diagnostic Problem, string PagePath, int LinkIndex);
