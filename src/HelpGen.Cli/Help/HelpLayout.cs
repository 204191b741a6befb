using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace HelpGen.Cli.Help;

/// <summary>
/// The help option's action for every command: System.CommandLine's own help (description, usage, arguments,
/// options, commands), then Examples, Output and Exit codes for commands that carry a <see cref="CommandHelp"/>.
/// </summary>
internal sealed class HelpLayout(HelpAction standard) : SynchronousCommandLineAction
{
    /// <summary>Replaces the help option's action on <paramref name="root"/>; returns the new action.</summary>
    public static HelpLayout Install(RootCommand root)
    {
        var option = root.Options.OfType<HelpOption>().Single();
        var layout = new HelpLayout(option.Action as HelpAction ?? new HelpAction());
        option.Action = layout;
        return layout;
    }

    /// <summary>Like the standard help: <c>new --help</c> shows help although the required key is missing.</summary>
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var code = standard.Invoke(parseResult);
        if (parseResult.CommandResult.Command is IHasHelp { Help: var help })
        {
            Write(help, parseResult.InvocationConfiguration.Output);
        }

        return code;
    }

    /// <summary>Writes the three sections in the indented style of the standard help.</summary>
    public static void Write(CommandHelp help, TextWriter output)
    {
        output.WriteLine("Examples:");
        var width = help.Examples.Max(e => e.CommandLine.Length);
        foreach (var (line, explanation) in help.Examples) output.WriteLine($"  {line.PadRight(width)}  {explanation}");
        output.WriteLine();
        output.WriteLine("Output:");
        foreach (var line in help.Output.Split('\n')) output.WriteLine("  " + line);
        output.WriteLine();
        output.WriteLine("Exit codes:");
        foreach (var (code, meaning) in help.ExitCodes) output.WriteLine($"  {code,-3} {meaning}");
        output.WriteLine();
    }
}
