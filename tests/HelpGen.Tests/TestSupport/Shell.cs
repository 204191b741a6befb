using System.Diagnostics;

namespace HelpGen.Tests.TestSupport;

/// <summary>Runs a bash script for fixtures .NET cannot make: FIFOs, and folders nested deeper than a path may be long.</summary>
public static class Shell
{
    public static void Run(string workingDirectory, string script)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = workingDirectory, UseShellExecute = false, RedirectStandardError = true };
        start.ArgumentList.Add("-euc");
        start.ArgumentList.Add(script);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), $"bash did not finish: {script}");
        Assert.True(process.ExitCode == 0, $"bash failed: {stderr.Result}");
    }

    /// <summary>Creates <paramref name="levels"/> nested folders named <c>d</c> below <paramref name="folder"/> and a file at the bottom.</summary>
    public static void DeepFolders(string folder, int levels, string file)
    {
        Directory.CreateDirectory(folder);
        var chunk = string.Join('/', Enumerable.Repeat("d", 500));
        Run(folder, $"for i in $(seq {levels / 500}); do mkdir -p {chunk}; cd {chunk}; done; echo x > {file}");
    }

    /// <summary>Deletes a folder however deep it is (.NET cannot delete paths longer than the system allows).</summary>
    public static void Remove(string folder) => Run(Path.GetTempPath(), $"rm -rf '{folder}'");
}
