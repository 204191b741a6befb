using System.Runtime.InteropServices;

namespace HelpGen.Tests.TestSupport;

/// <summary>Finds Node.js 20 or later for the search script's tests: <c>HELPGEN_NODE</c>, then PATH, then the usual locations.</summary>
public static class NodeJs
{
    public const int MinimumMajorVersion = 20;

    private static readonly Lazy<ExternalTool> Found = new(() => Locate(ToolLocator.Default, MajorVersion));

    public static ExternalTool Tool => Found.Value;

    /// <param name="majorVersion">Asks a found node for its major version (null when it cannot say).</param>
    public static ExternalTool Locate(ToolLocator locator, Func<string, int?> majorVersion)
    {
        string[] names = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? ["node.exe"] : ["node", "nodejs"];
        string[] locations =
        [
            "/usr/bin/node", "/usr/local/bin/node", "/opt/homebrew/bin/node",
            Path.Combine(locator.Environment("ProgramFiles") ?? @"C:\Program Files", "nodejs", "node.exe"),
        ];
        var (path, searched) = locator.Find("HELPGEN_NODE", names, locations);
        const string hint = "Install Node.js 20 or later (https://nodejs.org/) or set HELPGEN_NODE to its executable";
        var name = $"Node.js {MinimumMajorVersion} or later";
        if (path is not null && majorVersion(path) is var major && (major is null || major < MinimumMajorVersion))
        {
            return new ExternalTool(name, null, $"{path} is Node.js {major?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "of an unknown version"}", hint);
        }

        return new ExternalTool(name, path, searched, hint);
    }

    /// <summary>Runs <c>node --version</c> ("v20.20.2") and returns the major version.</summary>
    private static int? MajorVersion(string node)
    {
        var run = ProcessRunner.Run(node, ["--version"]);
        var text = run.Stdout.Trim().TrimStart('v');
        return run.ExitCode == 0 && int.TryParse(text.Split('.')[0], out var major) ? major : null;
    }
}
