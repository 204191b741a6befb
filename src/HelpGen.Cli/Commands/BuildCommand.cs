using System.CommandLine;

namespace HelpGen.Cli.Commands;

/// <summary><c>helpgen build</c>: renders the source folder into a static site.</summary>
internal sealed class BuildCommand : Command
{
    public BuildCommand() : base("build", "Build the help center into a static site (the previous output is replaced only when the build succeeds).")
    {
        SetAction(_ => 0);
    }
}
