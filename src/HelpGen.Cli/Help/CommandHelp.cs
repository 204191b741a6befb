namespace HelpGen.Cli.Help;

/// <summary>
/// The teaching part of a command's <c>--help</c>, below the options: real examples, where the output goes and what
/// each exit code means. Each command class declares its own, so a new command or example is one table entry.
/// </summary>
/// <param name="Examples">Command lines with what they do, as in README.</param>
/// <param name="Output">Where results, diagnostics and progress are written.</param>
/// <param name="ExitCodes">Each exit code the command returns and when.</param>
internal sealed record CommandHelp(
    IReadOnlyList<(string CommandLine, string Explanation)> Examples,
    string Output,
    IReadOnlyList<(int Code, string Meaning)> ExitCodes);
