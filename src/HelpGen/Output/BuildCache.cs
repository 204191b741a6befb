using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace HelpGen.Output;

/// <summary>
/// The no-change rebuild cache of <c>build</c>: <c>.helpgen-cache/build-&lt;output&gt;.json</c> next to the output
/// folder holds a SHA-256 fingerprint of every input (source and theme files with their contents, the settings,
/// the helpgen build) and the list of files the build wrote, with sizes and modification times. A build whose
/// inputs hash the same and whose output folder still lists exactly those files is skipped. Anything else (no
/// cache, an unreadable or truncated one, another fingerprint, an output file added, removed or touched) is a
/// miss, and the build runs as if there were no cache. Deleting the file is always safe.
/// </summary>
public sealed class BuildCache(string outputDirectory)
{
    private const int FormatVersion = 1;
    private readonly string _output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);

    /// <summary>The cache file of this output folder.</summary>
    public string FilePath => Path.Combine(Path.GetDirectoryName(_output)!, ".helpgen-cache", $"build-{Path.GetFileName(_output)}.json");

    /// <summary>
    /// The fingerprint of <paramref name="settings"/> and every file under <paramref name="folders"/> (missing folders
    /// count as empty), or null when a file or folder cannot be read: then the build runs without the cache and reports
    /// the problem itself.
    /// </summary>
    public static string? TryFingerprint(string settings, IEnumerable<string> folders)
    {
        try
        {
            return Fingerprint(settings, folders);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The fingerprint of <paramref name="settings"/> and every file under <paramref name="folders"/> (missing folders count as empty).</summary>
    public static string Fingerprint(string settings, IEnumerable<string> folders)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(settings + "\n" + typeof(BuildCache).Assembly.ManifestModule.ModuleVersionId + "\n"));
        foreach (var folder in folders.Select(Path.GetFullPath))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"folder {folder}\n"));
            if (Directory.Exists(folder)) AppendFolder(hash, folder, new DirectoryInfo(folder));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>The page and locale counts of the cached build when it is still current for <paramref name="fingerprint"/>; else null.</summary>
    public (int Locales, int Pages)? Lookup(string fingerprint)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(FilePath));
            var root = json.RootElement;
            if (root.GetProperty("version").GetInt32() != FormatVersion || root.GetProperty("fingerprint").GetString() != fingerprint) return null;
            var listed = root.GetProperty("files").EnumerateArray()
                .Select(f => (f[0].GetString()!, f[1].GetInt64(), f[2].GetInt64())).ToList();
            return listed.SequenceEqual(Manifest()) ? (root.GetProperty("locales").GetInt32(), root.GetProperty("pages").GetInt32()) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException or KeyNotFoundException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>Records the output folder as the result of <paramref name="fingerprint"/> (written to a temporary file, then moved).</summary>
    public void Save(string fingerprint, int locales, int pages)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var temporary = FilePath + $".{Environment.ProcessId}.tmp";
        using (var stream = File.Create(temporary))
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteNumber("version", FormatVersion);
            json.WriteString("fingerprint", fingerprint);
            json.WriteNumber("locales", locales);
            json.WriteNumber("pages", pages);
            json.WriteStartArray("files");
            foreach (var (path, size, ticks) in Manifest())
            {
                json.WriteStartArray();
                json.WriteStringValue(path);
                json.WriteNumberValue(size);
                json.WriteNumberValue(ticks);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        File.Move(temporary, FilePath, overwrite: true);
    }

    /// <summary>Forgets the cached build (before a build that may change or fail to replace the output).</summary>
    public void Invalidate()
    {
        if (File.Exists(FilePath)) File.Delete(FilePath);
    }

    /// <summary>Every file of the output folder: path, size, modification time (UTC ticks), ordered by path.</summary>
    private List<(string Path, long Size, long Ticks)> Manifest()
    {
        if (!Directory.Exists(_output)) return [];
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
        return new DirectoryInfo(_output).EnumerateFiles("*", options)
            .Select(f => (Path.GetRelativePath(_output, f.FullName).Replace('\\', '/'), f.Length, f.LastWriteTimeUtc.Ticks))
            .OrderBy(f => f.Item1, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Hashes the names and contents of a folder's entries, in name order; symbolic links by their target, not followed.</summary>
    private static void AppendFolder(IncrementalHash hash, string root, DirectoryInfo directory)
    {
        var lines = new List<string>();
        var files = new List<(int Line, FileInfo File)>();
        List(root, directory, lines, files);
        var digests = new string[files.Count];
        Parallel.For(0, files.Count, Parallelism.Options, i =>
        {
            using var stream = files[i].File.OpenRead();
            digests[i] = Convert.ToHexString(SHA256.HashData(stream));
        });
        for (var i = 0; i < files.Count; i++) lines[files[i].Line] += $" {digests[i]}";
        foreach (var line in lines) hash.AppendData(Encoding.UTF8.GetBytes(line + "\n"));
    }

    /// <summary>One line per entry under <paramref name="directory"/>, in name order; regular files also into <paramref name="files"/> (hashed in parallel).</summary>
    private static void List(string root, DirectoryInfo directory, List<string> lines, List<(int Line, FileInfo File)> files)
    {
        var entries = directory.EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0 }).OrderBy(e => e.Name, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var relative = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
            if (entry.LinkTarget is { } target)
            {
                lines.Add($"link {relative} -> {target}");
            }
            else if (entry is DirectoryInfo sub)
            {
                lines.Add($"dir {relative}");
                List(root, sub, lines, files);
            }
            else if (entry is FileInfo && Content.FileKinds.SpecialKind(entry.FullName) is { } kind)
            {
                // Never opened: reading a FIFO would block the build (the content scan skips it with a warning).
                lines.Add($"special {relative} {kind}");
            }
            else if (entry is FileInfo file)
            {
                files.Add((lines.Count, file));
                lines.Add($"file {relative} {file.Length}");
            }
        }
    }
}
