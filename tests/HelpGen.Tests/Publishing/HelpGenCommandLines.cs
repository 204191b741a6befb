using System.Text.RegularExpressions;
using HelpGen.Cli;

namespace HelpGen.Tests.Publishing;

/// <summary>
/// The helpgen command lines inside shell scripts (workflow steps, Netlify build commands): the arguments after
/// <c>dotnet run --project src/HelpGen.Cli ... --</c>, up to the end of the command, and how the real CLI parses them.
/// </summary>
public static partial class HelpGenCommandLines
{
    public static IReadOnlyList<string[]> In(string script) =>
        Invocation().Matches(script).Select(m => m.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

    /// <summary>The parse errors of <paramref name="args"/> with helpgen's own command tree (none when valid).</summary>
    public static IReadOnlyList<string> ParseErrors(string[] args) =>
        HelpGenCli.Create().Parse(args).Errors.Select(e => e.Message).ToList();

    [GeneratedRegex(@"dotnet run --project src/HelpGen\.Cli[^\n]*? -- (?<args>[^\n&|>;]*)")]
    private static partial Regex Invocation();
}
