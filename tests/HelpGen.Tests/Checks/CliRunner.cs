using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Checks;

/// <summary>Runs the real helpgen CLI (HelpGen.Cli.dll next to the tests) and captures exit code, stdout and stderr.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string workingDirectory, params string[] args)
    {
        var start = ProcessRunner.StartInfo(TestSupport.CliRunner.DotnetHost, [TestSupport.CliRunner.CliDll, .. args], workingDirectory, new Dictionary<string, string?> { ["NO_COLOR"] = "1" });
        using var process = new CapturedProcess(start);
        var result = await process.WaitForExitAsync();
        return (result.ExitCode, result.Stdout, result.Stderr);
    }
}
