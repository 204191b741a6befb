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
}
