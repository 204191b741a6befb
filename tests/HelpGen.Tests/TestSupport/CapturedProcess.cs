using System.Diagnostics;
using System.Text;

namespace HelpGen.Tests.TestSupport;

/// <summary>
/// A started child process whose stdout and stderr are copied into buffers as they arrive, so a test can wait for a
/// line (an event, not a timer) and, when something never happens, fail with everything printed so far.
/// </summary>
public sealed class CapturedProcess : IDisposable
{
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly Task _drained;
    private readonly SemaphoreSlim _printed = new(0);

    public CapturedProcess(ProcessStartInfo start)
    {
        Process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start");
        _drained = Task.WhenAll(DrainAsync(Process.StandardOutput, _stdout), DrainAsync(Process.StandardError, _stderr));
    }

    public Process Process { get; }

    public string Stdout { get { lock (_stdout) return _stdout.ToString(); } }

    public string Stderr { get { lock (_stderr) return _stderr.ToString(); } }

    /// <summary>What the process printed so far, for failure messages.</summary>
    public string Transcript => $"--- stdout\n{Stdout}\n--- stderr\n{Stderr}";

    /// <summary>Waits until stdout holds a line matching <paramref name="match"/>; fails with the transcript on exit or at the ceiling.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, string what)
    {
        using var ceiling = new CancellationTokenSource(ProcessRunner.Ceiling);
        while (true)
        {
            var line = Stdout.Split('\n').FirstOrDefault(l => match(l.TrimEnd('\r')));
            if (line is not null) return line.TrimEnd('\r');
            if (_drained.IsCompleted) Assert.Fail($"the process exited (code {Process.ExitCode}) before {what}:\n{Transcript}");
            try
            {
                await _printed.WaitAsync(ceiling.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"no {what} within {ProcessRunner.Ceiling.TotalSeconds:0} s:\n{Transcript}");
            }
        }
    }

    /// <summary>Waits for the process to exit (up to the ceiling, else kills it and fails) and returns what it printed.</summary>
    public CliResult WaitForExit()
    {
        if (!Process.WaitForExit(ProcessRunner.Ceiling))
        {
            Process.Kill(entireProcessTree: true);
            Assert.Fail($"{Process.StartInfo.FileName} {string.Join(' ', Process.StartInfo.ArgumentList)} did not exit within {ProcessRunner.Ceiling.TotalSeconds:0} s:\n{Transcript}");
        }

        _drained.Wait(ProcessRunner.Ceiling);
        return new CliResult(Process.ExitCode, Stdout, Stderr);
    }

    /// <inheritdoc cref="WaitForExit"/>
    public async Task<CliResult> WaitForExitAsync()
    {
        using var ceiling = new CancellationTokenSource(ProcessRunner.Ceiling);
        try
        {
            await Process.WaitForExitAsync(ceiling.Token);
            await _drained.WaitAsync(ceiling.Token);
        }
        catch (OperationCanceledException)
        {
            Process.Kill(entireProcessTree: true);
            Assert.Fail($"the process did not exit within {ProcessRunner.Ceiling.TotalSeconds:0} s:\n{Transcript}");
        }

        return new CliResult(Process.ExitCode, Stdout, Stderr);
    }

    public void Dispose()
    {
        if (!Process.HasExited) Process.Kill(entireProcessTree: true);
        Process.Dispose();
    }

    private async Task DrainAsync(StreamReader reader, StringBuilder into)
    {
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            lock (into) into.Append(buffer, 0, read);
            _printed.Release();
        }

        _printed.Release();
    }
}
