using System.CommandLine;
using HelpGen.Cli.Commands;

namespace HelpGen.Cli;

/// <summary>The helpgen command line: the root command and how a run maps to an exit code.</summary>
public static class HelpGenCli
{
    public static RootCommand Create() => new("HelpGen builds a multilingual, per-country help center from Markdown articles.\nRun 'helpgen build' in a folder with articles/ to get _site/.")
    {
        new BuildCommand(),
        new BundleCommand(),
        new NewCommand(),
        new CheckCommand(),
        new ServeCommand(),
        new TranslationsCommand(),
    };

    /// <summary>Runs the command line; usage errors (unknown option, missing argument) exit with 2.</summary>
    public static int Run(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var configuration = new InvocationConfiguration { Output = output ?? Console.Out, Error = error ?? Console.Error };
        var parse = Create().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors) configuration.Error.WriteLine($"helpgen: error: {problem.Message}");
            configuration.Error.WriteLine("Run 'helpgen --help' for the commands and options.");
            return 2;
        }

        return parse.Invoke(configuration);
    }
}
