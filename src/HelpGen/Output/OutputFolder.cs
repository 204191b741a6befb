namespace HelpGen.Output;

/// <summary>
/// An output folder and the fixed-name siblings a build uses next to it: the staging folder a new site is
/// written into, the backup the old site waits in during a two-rename swap, and the lock file.
/// Names are tied to the output (never to a process id), so a later build finds and cleans what a killed one left.
/// </summary>
public sealed record OutputFolder
{
    /// <summary>The file every built site carries at its root: a folder holding it may be replaced by a build.</summary>
    public const string MarkerName = ".helpgen-site";

    /// <summary>What the marker file says, the same bytes on every build.</summary>
    public const string MarkerText = "This folder was written by 'helpgen build', which replaces it on the next build.\n";

    public OutputFolder(string path)
    {
        Path = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(path));
        Parent = System.IO.Path.GetDirectoryName(Path) ?? throw new ArgumentException("the output folder cannot be a file system root", nameof(path));
        Name = System.IO.Path.GetFileName(Path);
    }

    /// <summary>The full path of the output folder.</summary>
    public string Path { get; }

    public string Parent { get; }

    public string Name { get; }

    public string Staging => Sibling("staging");

    public string Backup => Sibling("backup");

    public string LockFile => Sibling("lock");

    public string Marker => System.IO.Path.Combine(Path, MarkerName);

    /// <summary>
    /// Undoes what an interrupted build left: a missing output with a backup gets the backup back; then any staging
    /// and backup folders are removed. Call it holding the lock.
    /// </summary>
    public void Recover()
    {
        if (!Directory.Exists(Path) && !File.Exists(Path) && Directory.Exists(Backup)) Directory.Move(Backup, Path);
        DeleteFolder(Staging);
        DeleteFolder(Backup);
    }

    /// <summary>Deletes a folder tree if it exists (symbolic links inside are removed, never followed).</summary>
    public static void DeleteFolder(string directory)
    {
        if (!Directory.Exists(directory)) return;
        // Removing a large site is mostly system calls, so the folders two levels down (a site has one per section
        // in each locale, and each locale's search folder) are removed side by side first: the locales alone are
        // too few and too unequal to keep every core busy. Then the rest.
        var subfolders = Subfolders(new DirectoryInfo(directory)).SelectMany(Subfolders).ToList();
        Parallel.ForEach(subfolders, Parallelism.Options, folder => folder.Delete(recursive: true));
        Directory.Delete(directory, recursive: true);
    }

    private static IEnumerable<DirectoryInfo> Subfolders(DirectoryInfo folder) => folder.EnumerateDirectories().Where(d => d.LinkTarget is null);

    private string Sibling(string role) => System.IO.Path.Combine(Parent, $".{Name}.helpgen-{role}");
}
