namespace HelpGen.Cli.Help;

/// <summary>A command whose <c>--help</c> ends with examples, output and exit codes (<see cref="CommandHelp"/>).</summary>
internal interface IHasHelp
{
    CommandHelp Help { get; }
}
