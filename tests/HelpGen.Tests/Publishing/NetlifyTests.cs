using System.Diagnostics;
using System.Text.Json;
using HelpGen.Tests.TestSupport;
using Tomlyn;
using Tomlyn.Model;

namespace HelpGen.Tests.Publishing;

/// <summary>
/// netlify.toml parses, its commands are valid helpgen command lines, and its build command installs the SDK pinned
/// in global.json when dotnet is absent: run with a PATH without dotnet and Microsoft's installer replaced by a local
/// stand-in (no internet here) that records its arguments and installs a recording fake dotnet.
/// </summary>
public sealed class NetlifyTests : IDisposable
{
    private const string StandIn = """
        #!/usr/bin/env bash
        # Stands in for dotnet-install.sh: records its arguments, installs a dotnet that records its own.
        set -euo pipefail
        echo "installer $*" >> "$LOG"
        while [ "$#" -gt 0 ]; do
          if [ "$1" = "--install-dir" ]; then dir="$2"; fi
          shift
        done
        mkdir -p "$dir"
        printf '#!/usr/bin/env bash\necho "dotnet $*" >> "$LOG"\n' > "$dir/dotnet"
        chmod +x "$dir/dotnet"
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "helpgen-tests", "netlify-" + Guid.NewGuid().ToString("N"));

    private static TomlTable Netlify => TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(RepoRoot.Path, "netlify.toml")))!;

    private static string BuildCommand => (string)((TomlTable)Netlify["build"])["command"];

    [Fact]
    public void NetlifyToml_Parses_PublishesSite_AndPreviewsAlsoCheck()
    {
        var build = (TomlTable)Netlify["build"];
        var contexts = (TomlTable)Netlify["context"];

        Assert.Equal("_site", build["publish"]);
        Assert.Equal([["build", "--output", "_site"]], HelpGenCommandLines.In(BuildCommand));
        foreach (var context in new[] { "deploy-preview", "branch-deploy" })
        {
            var command = (string)((TomlTable)contexts[context])["command"];
            Assert.Equal([["build", "--output", "_site"], ["check"]], HelpGenCommandLines.In(command));
        }
    }

    [Fact]
    public void NetlifyToml_EveryHelpGenCommandLine_ParsesWithTheRealCli()
    {
        var contexts = (TomlTable)Netlify["context"];
        var commands = contexts.Values.Cast<TomlTable>().Select(c => (string)c["command"]).Append(BuildCommand).SelectMany(HelpGenCommandLines.In).ToList();

        Assert.All(commands, args => Assert.Empty(HelpGenCommandLines.ParseErrors(args)));
    }

    [Fact]
    public void GlobalJson_PinsTheInstalledSdk()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot.Path, "global.json")));

        var pinned = json.RootElement.GetProperty("sdk").GetProperty("version").GetString();

        Assert.Equal(Run("dotnet", "--version").Trim(), pinned);
    }

    [Fact]
    public void BuildCommand_WithoutDotnetOnPath_InstallsThePinnedSdkAndThenBuildsInRelease()
    {
        var (exitCode, log) = RunBuildCommand(PathWithout("dotnet"));

        Assert.Equal(0, exitCode);
        var home = Path.Combine(_root, "home");
        Assert.Equal(
        [
            $"installer --jsonfile {RepoRoot.Path}/global.json --install-dir {home}/.dotnet --no-path",
            "dotnet run --project src/HelpGen.Cli -c Release -- build --output _site",
        ], log);
    }

    [Fact]
    public void BuildCommand_WithDotnetOnPath_DownloadsNothing()
    {
        var tools = PathWithout("dotnet");
        var fake = Path.Combine(_root, "sdk");
        Directory.CreateDirectory(fake);
        File.WriteAllText(Path.Combine(fake, "dotnet"), "#!/usr/bin/env bash\necho \"dotnet $*\" >> \"$LOG\"\n");
        Run("chmod", "+x", Path.Combine(fake, "dotnet"));

        var (exitCode, log) = RunBuildCommand($"{fake}:{tools}");

        Assert.Equal(0, exitCode);
        Assert.Equal(["dotnet run --project src/HelpGen.Cli -c Release -- build --output _site"], log);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    /// <summary>Runs netlify.toml's build command in the repository with <paramref name="path"/> and the stand-in installer.</summary>
    private (int ExitCode, string[] Log) RunBuildCommand(string path)
    {
        Directory.CreateDirectory(Path.Combine(_root, "home"));
        var installer = Path.Combine(_root, "dotnet-install.sh");
        File.WriteAllText(installer, StandIn.Replace("\r\n", "\n") + "\n");
        var log = Path.Combine(_root, "log.txt");
        var start = new ProcessStartInfo("/bin/bash") { WorkingDirectory = RepoRoot.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-c", BuildCommand }) start.ArgumentList.Add(arg);
        start.Environment["PATH"] = path;
        start.Environment["HOME"] = Path.Combine(_root, "home");
        start.Environment["LOG"] = log;
        start.Environment["DOTNET_INSTALL_SCRIPT_URL"] = "file://" + installer;
        start.Environment.Remove("DOTNET_INSTALL_DIR");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the build command did not finish");
        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}\n{output.Result}\n{error.Result}");
        return (process.ExitCode, File.Exists(log) ? File.ReadAllLines(log) : []);
    }

    /// <summary>A folder of links to the tools the build command needs, so that PATH has them but not <paramref name="missing"/>.</summary>
    private string PathWithout(string missing)
    {
        var bin = Path.Combine(_root, "bin");
        Directory.CreateDirectory(bin);
        foreach (var tool in new[] { "bash", "curl", "mkdir", "chmod", "dirname", "cat" })
        {
            Assert.NotEqual(missing, tool);
            File.CreateSymbolicLink(Path.Combine(bin, tool), Run("bash", "-c", $"command -v {tool}").Trim());
        }

        return bin;
    }

    private static string Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
