using System.Diagnostics;

namespace HelpGen.Tests.TestSupport;

/// <summary>
/// A child <c>helpgen build</c> process stopped at a phase of writing its site (the CLI's HELPGEN_TEST_PAUSE_AT hook):
/// the test can then kill it there, or let it go on by <see cref="Resume"/>.
/// </summary>
public sealed class PausedBuild : IDisposable
{
    private static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly string _pauseFile;

    private PausedBuild(Process process, string pauseFile)
    {
        _process = process;
        _pauseFile = pauseFile;
    }

    public int ProcessId => _process.Id;

    /// <summary>Starts the build and returns once it has reached <paramref name="phase"/> (fails if it exits first).</summary>
    public static PausedBuild Start(string workingDirectory, string phase, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var pauseFolder = Path.Combine(Path.GetTempPath(), "helpgen-tests");
        Directory.CreateDirectory(pauseFolder);
        var pauseFile = Path.Combine(pauseFolder, $"pause-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(CliRunner.CliDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>()) start.Environment[name] = value;
        start.Environment["HELPGEN_TEST_PAUSE_AT"] = phase;
        start.Environment["HELPGEN_TEST_PAUSE_FILE"] = pauseFile;
        var build = new PausedBuild(Process.Start(start)!, pauseFile);
        build.WaitUntilPaused(phase);
        return build;
    }

    /// <summary>A real SIGKILL: no clean-up code of the build runs.</summary>
    public void Kill()
    {
        _process.Kill();
        Assert.True(_process.WaitForExit(Ceiling), "the killed build did not exit");
    }

    /// <summary>Lets the build go on and returns its exit code and stderr.</summary>
    public (int ExitCode, string Stderr) Resume()
    {
        File.Delete(_pauseFile);
        var stderr = _process.StandardError.ReadToEndAsync();
        Assert.True(_process.WaitForExit(Ceiling), "the resumed build did not finish");
        return (_process.ExitCode, stderr.Result);
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill();
        _process.Dispose();
        File.Delete(_pauseFile);
    }

    private void WaitUntilPaused(string phase)
    {
        using var watcher = new FileSystemWatcher(Path.GetDirectoryName(_pauseFile)!, Path.GetFileName(_pauseFile)) { EnableRaisingEvents = true };
        var reached = new ManualResetEventSlim();
        watcher.Created += (_, _) => reached.Set();
        _process.EnableRaisingEvents = true;
        _process.Exited += (_, _) => reached.Set();
        if (File.Exists(_pauseFile) || _process.HasExited) reached.Set();
        Assert.True(reached.Wait(Ceiling), $"the build did not reach '{phase}'");
        if (_process.HasExited && !File.Exists(_pauseFile)) Assert.Fail($"the build exited before '{phase}': {_process.StandardError.ReadToEnd()}");
    }
}
