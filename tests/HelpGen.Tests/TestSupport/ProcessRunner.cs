using System.Diagnostics;
using System.Text;

namespace HelpGen.Tests.TestSupport;

/// <summary>
/// Runs a child process to its exit with captured stdout and stderr. Waits on the exit event with a generous
/// ceiling (<see cref="Ceiling"/>), never a tight timer: a loaded machine only makes it slower. A process that hits
/// the ceiling is killed and the test fails with everything it printed so far.
/// </summary>
public static class ProcessRunner
{
    /// <summary>How long any test waits for a process or a server event before failing.</summary>
    public static readonly TimeSpan Ceiling = TimeSpan.FromMinutes(3);

    /// <summary>Runs the program to its exit; a null value in <paramref name="environment"/> removes that variable (e.g. CI, NO_COLOR).</summary>
    public static CliResult Run(string fileName, IEnumerable<string> arguments, string? workingDirectory = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        using var process = new CapturedProcess(StartInfo(fileName, arguments, workingDirectory, environment));
        return process.WaitForExit();
    }

    /// <summary>Start settings with redirected UTF-8 output; a null value in <paramref name="environment"/> removes that variable.</summary>
    public static ProcessStartInfo StartInfo(string fileName, IEnumerable<string> arguments, string? workingDirectory = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        if (workingDirectory is not null) start.WorkingDirectory = workingDirectory;
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }

        return start;
    }
}
