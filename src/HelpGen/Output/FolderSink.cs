using System.Collections.Concurrent;

namespace HelpGen.Output;

/// <summary>
/// Writes each file into a folder as it arrives (the staging folder of <see cref="SiteWriter"/>), creating
/// folders once each. Keeps nothing but the folder names, so memory does not grow with the pages written.
/// </summary>
public sealed class FolderSink : ISiteSink
{
    private readonly string _root;
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private readonly Action<string>? _checkpoint;
    private int _written;

    /// <param name="checkpoint">Called once with "writing" after the first file is written (the crash tests pause there).</param>
    public FolderSink(string directory, Action<string>? checkpoint = null)
    {
        _checkpoint = checkpoint;
        _root = Path.GetFullPath(directory) + Path.DirectorySeparatorChar;
        Directory.CreateDirectory(_root);
    }

    public void Add(OutputFile file)
    {
        File.WriteAllBytes(Target(file.Path), file.Content);
        if (Interlocked.Increment(ref _written) == 1) _checkpoint?.Invoke("writing");
    }

    public void Copy(string sitePath, string sourceFile) => File.Copy(sourceFile, Target(sitePath), overwrite: true);

    /// <summary>The full path of <paramref name="sitePath"/>, its folder created; a path leaving the folder is a bug and throws.</summary>
    private string Target(string sitePath)
    {
        var full = SiteWriter.Inside(_root, sitePath);
        var folder = Path.GetDirectoryName(full)!;
        // Added only once the folder exists: a thread that finds the entry may write into it at once.
        _folders.GetOrAdd(folder, static f => Directory.CreateDirectory(f).Exists);
        return full;
    }
}
