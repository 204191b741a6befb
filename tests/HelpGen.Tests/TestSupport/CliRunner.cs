using System.CommandLine;
using System.Diagnostics;
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

    /// <summary>Runs <c>dotnet HelpGen.Cli.dll args</c> in <paramref name="workingDirectory"/>.</summary>
    public static CliResult RunProcess(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"helpgen {string.Join(' ', args)} did not finish in 60 s");
        }

        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
