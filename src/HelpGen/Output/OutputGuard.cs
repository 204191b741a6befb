using HelpGen.Diagnostics;

namespace HelpGen.Output;

/// <summary>
/// Decides whether a build may replace a folder, or a bundle a file, before anything is written. Paths are compared
/// as real paths, so a symbolic link cannot disguise the source folder. Every refusal is an HG0003 diagnostic.
/// </summary>
public static class OutputGuard
{
    /// <summary>Problems with <paramref name="output"/> as a site folder; empty when the build may replace it.</summary>
    public static IReadOnlyList<Diagnostic> CheckSiteFolder(string output, IEnumerable<ProtectedFolder> protectedFolders, bool force)
    {
        if (string.IsNullOrWhiteSpace(output)) return [Error("--output must name a folder, e.g. --output _site")];
        var real = RealPath.Resolve(output);
        var overlap = Overlaps(output, real, protectedFolders);
        if (overlap is not null) return [overlap];
        if (File.Exists(real)) return [Error($"the output '{output}' is a file, not a folder: choose a folder for the site")];
        if (!Directory.Exists(real) || force || IsReplaceable(real)) return [];
        return [Error($"the output folder '{output}' holds files that helpgen did not write (it has no {OutputFolder.MarkerName} marker), and a build would delete them. " +
                      "Choose a new or empty folder, move the files away, or pass --force to replace the folder anyway")];
    }

    /// <summary>Problems with <paramref name="output"/> as the bundle's zip file; empty when it may be written.</summary>
    public static IReadOnlyList<Diagnostic> CheckBundleFile(string output, IEnumerable<ProtectedFolder> protectedFolders, bool force)
    {
        if (string.IsNullOrWhiteSpace(output)) return [Error("--output must name a zip file, e.g. --output helpcenter.zip")];
        var real = RealPath.Resolve(output);
        var overlap = Overlaps(output, real, protectedFolders.Where(f => !f.OutputMayBeInside));
        if (overlap is not null) return [overlap];
        if (Directory.Exists(real)) return [Error($"the bundle output '{output}' is a folder: name a zip file, e.g. {Path.Combine(output, "helpcenter.zip")}")];
        if (File.Exists(real) && Content.FileKinds.SpecialKind(real) is { } kind) return [Error($"the bundle output '{output}' is {kind}, not a regular file: name a zip file")];
        if (File.Exists(real) && !force) return [Error($"the bundle output '{output}' already exists: delete it or pass --force to replace it")];
        return [];
    }

    private static Diagnostic? Overlaps(string output, string real, IEnumerable<ProtectedFolder> protectedFolders)
    {
        foreach (var folder in protectedFolders)
        {
            var other = RealPath.Resolve(folder.Path);
            if (RealPath.IsSameOrInside(other, real))
            {
                return Error($"the output '{output}' must not be or contain the {folder.Role} '{folder.Path}'");
            }

            if (!folder.OutputMayBeInside && RealPath.IsSameOrInside(real, other))
            {
                return Error($"the output '{output}' must not be inside the {folder.Role} '{folder.Path}'");
            }
        }

        return null;
    }

    /// <summary>Empty, or written by helpgen (it carries the marker).</summary>
    private static bool IsReplaceable(string folder) =>
        !Directory.EnumerateFileSystemEntries(folder).Any() || File.Exists(Path.Combine(folder, OutputFolder.MarkerName));

    private static Diagnostic Error(string message) => new(Severity.Error, DiagnosticCodes.ConfigInvalidValue, message);
}
