using System.CommandLine;
using HelpGen.Cli.Commands;

namespace HelpGen.Cli;

/// <summary>The <c>helpgen</c> command tree, so Program and in-process tests run exactly the same commands.</summary>
public static class HelpGenCli
{
    public static RootCommand Create() =>
        new("HelpGen builds a multilingual, per-country help center from Markdown articles.")
        {
            new BuildCommand(),
        };

    /// <summary>
    /// Parses and runs <paramref name="args"/>. Bad usage (an unknown option, a missing argument) exits with 2,
    /// as DESIGN.md says, rather than System.CommandLine's default 1, which means content errors here.
    /// </summary>
    public static int Run(IReadOnlyList<string> args, InvocationConfiguration? configuration = null)
    {
        configuration ??= new InvocationConfiguration();
        var parse = Create().Parse(args);
        if (parse.Errors.Count == 0) return parse.Invoke(configuration);
        foreach (var error in parse.Errors) configuration.Error.WriteLine($"helpgen: error: {error.Message}");
        configuration.Error.WriteLine("Run 'helpgen --help' or 'helpgen <command> --help' for usage.");
        return ExitCodes.Usage;
    }
}
