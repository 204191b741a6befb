using System.Reflection;
using System.Text.RegularExpressions;
using HelpGen.Cli;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Cli;

public sealed class VersionTests
{
    [Fact]
    public void Version_PrintsTheVersionMinVerComputedFromGitTags()
    {
        var result = CliRunner.RunProcess(RepoRoot.Path, null, "--version");

        var informational = typeof(HelpGenCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(informational + "\n", result.Stdout.Replace("\r\n", "\n"));
        Assert.Matches(new Regex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?(\+[0-9a-f]+)?\n$"), result.Stdout);
        Assert.DoesNotMatch(new Regex(@"^1\.0\.0\b"), result.Stdout);
    }
}
