namespace HelpGen.Tests.TestSupport;

/// <summary>Every file of a folder with its bytes, by relative path with '/', for byte-for-byte comparisons.</summary>
public sealed class FolderSnapshot
{
    private FolderSnapshot(SortedDictionary<string, byte[]> files)
    {
        Files = files;
    }

    public SortedDictionary<string, byte[]> Files { get; }

    public static FolderSnapshot Of(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(folder, path).Replace('\\', '/')] = File.ReadAllBytes(path);
        }

        return files.Count == 0 ? throw new InvalidOperationException($"{folder} has no files") : new FolderSnapshot(files);
    }

    /// <summary>Fails naming the first file that is missing, extra or different.</summary>
    public void AssertSameAs(FolderSnapshot other)
    {
        Assert.Equal(Files.Keys, other.Files.Keys);
        foreach (var (path, bytes) in Files)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(other.Files[path]), $"{path} differs:\n{Golden.Diff(System.Text.Encoding.UTF8.GetString(bytes), System.Text.Encoding.UTF8.GetString(other.Files[path]))}");
        }
    }

    /// <summary>Copies a folder tree (a fixture) to <paramref name="target"/>.</summary>
    public static void Copy(string source, string target)
    {
        foreach (var path in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, path));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(path, destination);
        }
    }
}
