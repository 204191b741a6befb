using System.CommandLine;
using HelpGen.Cli.Commands;

var root = new RootCommand("HelpGen builds a multilingual, per-country help center from Markdown articles.")
{
    new BuildCommand(),
    new ServeCommand(),
};
return root.Parse(args).Invoke();
