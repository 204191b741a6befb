using System.CommandLine;
using HelpGen.Cli.Commands;

namespace HelpGen.Cli;

/// <summary>The helpgen command line: the root command and how a run maps to an exit code.</summary>
public static class HelpGenCli
{
    public static RootCommand Create() => new HelpGenRootCommand
    {
        new BuildCommand(),
        new BundleCommand(),
        new NewCommand(),
        new CheckCommand(),
        new ServeCommand(),
        new TranslationsCommand(),
    };

    /// <summary>The exit code of a bug in helpgen (EX_SOFTWARE).</summary>
    public const int InternalError = 70;

    /// <summary>
    /// Runs the command line; usage errors (unknown option, missing argument) exit with 2. A bug (any exception that
    /// escapes a command) is one line and exit 70; its stack trace only with --verbose or HELPGEN_DEBUG=1.
    /// </summary>
    public static int Run(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var configuration = new InvocationConfiguration { Output = output ?? Console.Out, Error = error ?? Console.Error, EnableDefaultExceptionHandler = false };
        try
        {
            return Invoke(args, configuration);
        }
        catch (Exception ex)
        {
            configuration.Error.WriteLine($"helpgen: internal error: {ex.GetType().Name}: {ex.Message}; please report it");
            if (args.Contains("--verbose") || Environment.GetEnvironmentVariable("HELPGEN_DEBUG") == "1") configuration.Error.WriteLine(ex.ToString());
            return InternalError;
        }
    }

    private static int Invoke(string[] args, InvocationConfiguration configuration)
    {
        // No response files: a title such as "@home" is text, not a file of arguments.
        var parse = Create().Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors) configuration.Error.WriteLine($"helpgen: error: {problem.Message}");
            configuration.Error.WriteLine("Run 'helpgen --help' for the commands and options.");
            return 2;
        }

        return parse.Invoke(configuration);
    }
}
