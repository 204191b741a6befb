using HelpGen.Cli;

namespace HelpGen.Tests.TestSupport;

/// <summary>What a helpgen run printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>Runs helpgen: in process through the real command tree, or as a child process of the built CLI.</summary>
public static class CliRunner
{
    /// <summary>Runs the command tree in this process with captured stdout and stderr. Pass absolute paths.</summary>
    public static CliResult Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = HelpGenCli.Run(args, stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The built HelpGen.Cli.dll, copied next to the test assembly by the project reference.</summary>
    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "HelpGen.Cli.dll");

    /// <summary>The dotnet host running the tests (so the CLI runs on the same runtime).</summary>
    public static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    /// <summary>
    /// Runs <c>dotnet HelpGen.Cli.dll args</c> in <paramref name="workingDirectory"/> to its exit (see <see cref="ProcessRunner"/>);
    /// a null value in <paramref name="environment"/> removes that variable.
    /// </summary>
    public static CliResult RunProcess(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args) =>
        ProcessRunner.Run(DotnetHost, [CliDll, .. args], workingDirectory, environment);

    /// <summary>Starts <c>dotnet HelpGen.Cli.dll args</c> without waiting, for servers; the caller waits on its output.</summary>
    public static CapturedProcess Start(string workingDirectory, params string[] args) =>
        new(ProcessRunner.StartInfo(DotnetHost, [CliDll, .. args], workingDirectory));
}
