namespace HelpGen.Output;

/// <summary>
/// Writes a site to disk so that every crash point leaves a complete site at the output path: the files go into a
/// fixed-name staging folder next to the output, which then trades places with the output in one atomic exchange
/// (Linux) or, elsewhere, by two renames whose middle state <see cref="OutputFolder.Recover"/> repairs.
/// Hold the <see cref="OutputLock"/> while writing.
/// </summary>
public static class SiteWriter
{
    /// <param name="checkpoint">Called with each phase's name ("writing", "staged", "between-renames", "swapped"); tests pause there.</param>
    /// <param name="allowExchange">False forces the two-rename swap (tests use it to cover that path on Linux).</param>
    public static void Write(SiteOutput site, string outputDirectory, Action<string>? checkpoint = null, bool allowExchange = true) =>
        Write(outputDirectory, staging =>
        {
            WriteFiles(site, staging, checkpoint);
            return true;
        }, checkpoint, allowExchange);

    /// <summary>
    /// Like <see cref="Write(SiteOutput, string, Action{string}?, bool)"/>, but <paramref name="fill"/> writes the files
    /// into the staging folder it is given (e.g. through a <see cref="FolderSink"/>, as they are rendered). When it
    /// returns false the staging folder is removed and the output folder is left as it was.
    /// </summary>
    /// <param name="swapped">Runs once the new site is in place, beside the removal of the old one (the build saves its record there).</param>
    /// <returns>True when the output folder was replaced.</returns>
    public static bool Write(string outputDirectory, Func<string, bool> fill, Action<string>? checkpoint = null, bool allowExchange = true, Action? swapped = null)
    {
        var folder = new OutputFolder(outputDirectory);
        Directory.CreateDirectory(folder.Parent);
        folder.Recover();
        try
        {
            if (!fill(folder.Staging)) return false;
            File.WriteAllText(Path.Combine(folder.Staging, OutputFolder.MarkerName), OutputFolder.MarkerText);
            checkpoint?.Invoke("staged");
            Swap(folder, checkpoint, allowExchange);
            checkpoint?.Invoke("swapped");
            if (swapped is not null)
            {
                // Removing a large old site is mostly system calls: the caller's work runs beside it.
                var cleanUp = Task.Run(() => TryCleanUp(folder));
                swapped();
                cleanUp.GetAwaiter().GetResult();
            }

            return true;
        }
        finally
        {
            TryCleanUp(folder);
        }
    }

    /// <summary>Writes every file under <paramref name="directory"/>, in parallel; a path that would leave it is a bug and throws.</summary>
    public static void WriteFiles(SiteOutput site, string directory, Action<string>? checkpoint = null)
    {
        var root = Path.GetFullPath(directory) + Path.DirectorySeparatorChar;
        Directory.CreateDirectory(root);
        foreach (var folder in site.Files.Select(f => Path.GetDirectoryName(Inside(root, f.Path))!).Distinct())
        {
            Directory.CreateDirectory(folder);
        }

        var half = site.Files.Count / 2;
        Parallel.ForEach(site.Files.Take(half), Parallelism.Options, file => File.WriteAllBytes(Inside(root, file.Path), file.Content));
        checkpoint?.Invoke("writing");
        Parallel.ForEach(site.Files.Skip(half), Parallelism.Options, file => File.WriteAllBytes(Inside(root, file.Path), file.Content));
    }

    private static void Swap(OutputFolder folder, Action<string>? checkpoint, bool allowExchange)
    {
        if (!Directory.Exists(folder.Path))
        {
            Directory.Move(folder.Staging, folder.Path);
            return;
        }

        // After the exchange the staging folder holds the old site, which the clean-up removes.
        if (allowExchange && AtomicExchange.TryExchange(folder.Staging, folder.Path)) return;
        Directory.Move(folder.Path, folder.Backup);
        checkpoint?.Invoke("between-renames");
        Directory.Move(folder.Staging, folder.Path);
    }

    /// <summary>Removes staging and backup; a failure here (a full disk) must not hide the error that got us here.</summary>
    private static void TryCleanUp(OutputFolder folder)
    {
        try
        {
            folder.Recover();
        }
        catch (IOException)
        {
            // The next build's recovery removes what is left.
        }
        catch (UnauthorizedAccessException)
        {
            // Same: left for the next build.
        }
    }

    internal static string Inside(string root, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        return full.StartsWith(root, StringComparison.Ordinal)
            ? full
            : throw new InvalidOperationException($"refusing to write '{relative}' outside the output folder");
    }
}
