namespace HelpGen.Output;

/// <summary>
/// Writes a site to disk atomically: everything goes into a fresh sibling folder, which replaces the
/// output folder only when complete, so a failed or interrupted build never leaves a half-written site.
/// </summary>
public static class SiteWriter
{
    public static void Write(SiteOutput site, string outputDirectory) =>
        Write(outputDirectory, staging =>
        {
            WriteFiles(site, staging);
            return true;
        });

    /// <summary>
    /// Like <see cref="Write(SiteOutput, string)"/>, but <paramref name="fill"/> writes the files into the staging
    /// folder it is given (e.g. through a <see cref="FolderSink"/>). When it returns false the staging folder is
    /// deleted and the output folder is left as it was.
    /// </summary>
    /// <returns>True when the output folder was replaced.</returns>
    public static bool Write(string outputDirectory, Func<string, bool> fill)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new ArgumentException("the output folder cannot be a file system root", nameof(outputDirectory));
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, $".{name}.new-{Environment.ProcessId}");
        var retired = Path.Combine(parent, $".{name}.old-{Environment.ProcessId}");
        DeleteIfExists(staging);
        if (!fill(staging))
        {
            DeleteIfExists(staging);
            return false;
        }

        if (Directory.Exists(output))
        {
            DeleteIfExists(retired);
            Directory.Move(output, retired);
        }

        Directory.Move(staging, output);
        DeleteIfExists(retired);
        return true;
    }

    /// <summary>Writes every file under <paramref name="directory"/>, in parallel; a path that would leave it is a bug and throws.</summary>
    public static void WriteFiles(SiteOutput site, string directory)
    {
        var root = Path.GetFullPath(directory) + Path.DirectorySeparatorChar;
        Directory.CreateDirectory(root);
        foreach (var folder in site.Files.Select(f => Path.GetDirectoryName(Inside(root, f.Path))!).Distinct())
        {
            Directory.CreateDirectory(folder);
        }

        Parallel.ForEach(site.Files, file => File.WriteAllBytes(Inside(root, file.Path), file.Content));
    }

    internal static string Inside(string root, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        return full.StartsWith(root, StringComparison.Ordinal)
            ? full
            : throw new InvalidOperationException($"refusing to write '{relative}' outside the output folder");
    }

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
    }
}
