using HelpGen.Content;
using HelpGen.Diagnostics;

namespace HelpGen.Theming;

/// <summary>
/// Lists the files of a theme folder, following symbolic links only while they stay inside it.
/// A link that resolves outside the theme (or is broken) is reported and skipped, so a theme can never make
/// HelpGen read other files of the machine.
/// </summary>
internal static class ThemeDirectoryWalker
{
    public static IEnumerable<string> Files(string root, string realRoot, string displayRoot, List<Diagnostic> problems)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal) { realRoot };
        var pending = new Stack<string>();
        pending.Push(root);
        var files = new List<string>();
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
            {
                var display = $"{displayRoot}/{Path.GetRelativePath(root, entry.FullName).Replace('\\', '/')}";
                if (!IsAllowed(entry, [root, realRoot], display, problems))
                {
                    continue;
                }

                if (entry is DirectoryInfo directory)
                {
                    if (visited.Add(ThemeFiles.RealPath(directory.FullName)))
                    {
                        pending.Push(directory.FullName);
                    }
                }
                else
                {
                    files.Add(entry.FullName);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static bool IsAllowed(FileSystemInfo entry, string[] roots, string display, List<Diagnostic> problems)
    {
        if (entry is FileInfo && FileKinds.SpecialKind(entry.FullName) is { } kind)
        {
            problems.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.NotARegularFile, $"'{entry.Name}' is {kind}, not a regular file; it is skipped", display));
            return false;
        }

        if (entry.LinkTarget is null)
        {
            return true;
        }

        FileSystemInfo? target;
        try
        {
            target = entry.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException)
        {
            problems.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.SymlinkLoop, $"'{entry.Name}' is a symbolic link loop; it is not followed", display));
            return false;
        }

        if (target is null || !target.Exists)
        {
            problems.Add(Problem(display, "the symbolic link in the theme is broken"));
            return false;
        }

        var full = Path.TrimEndingDirectorySeparator(target.FullName);
        var inside = roots.Any(root => full.Equals(root, StringComparison.Ordinal)
            || full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        if (!inside)
        {
            problems.Add(Problem(display, "the symbolic link leaves the theme folder; it is not read"));
        }

        return inside;
    }

    private static Diagnostic Problem(string file, string message) =>
        new(Severity.Error, DiagnosticCodes.ThemeInvalid, message, file);
}
