using System.IO.Enumeration;
using System.Text.Json;

namespace HelpGen.Output;

/// <summary>
/// The build cache of <c>build</c>, next to the output folder in <c>.helpgen-cache/</c>: <c>build-&lt;output&gt;.json</c>
/// holds the fingerprint of every input of the last build (source and theme files with their contents, each file
/// hashed with the 128-bit XxHash128, the settings, the helpgen build), the list of files it wrote with sizes and modification times, and what an incremental
/// build needs to keep pages (<see cref="BuildRecord"/>). A build whose inputs hash the same and whose output folder
/// still lists exactly those files is skipped. When only some inputs changed, the record lets the next build keep the
/// pages they cannot have changed. Anything else (no cache, an unreadable or truncated one, an output file added,
/// removed or touched) is a miss, and the build runs as if there were no cache. Deleting the folder is always safe.
/// </summary>
public sealed class BuildCache(string outputDirectory)
{
    private const int FormatVersion = 4;
    private readonly string _output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);

    /// <summary>The output folder's listing made by <see cref="Lookup"/>: each file's manifest line by site path.</summary>
    private Dictionary<string, string>? _listed;

    /// <summary>The cache file of this output folder.</summary>
    public string FilePath => CacheFile("build", ".json");

    /// <summary>The articles' parse products kept for the next build into this folder (see <c>ArticleStore</c>).</summary>
    public string ArticlesPath => CacheFile("articles", ".bin");

    /// <summary>Where builds into this folder keep the front matter of the article files they read (<c>FrontMatterCache</c>).</summary>
    public string FrontMatterPath => CacheFile("frontmatter", ".bin");

    /// <summary><c>.helpgen-cache/&lt;kind&gt;-&lt;output folder name&gt;&lt;extension&gt;</c> next to the output folder.</summary>
    private string CacheFile(string kind, string extension) =>
        Path.Combine(Path.GetDirectoryName(_output)!, ".helpgen-cache", $"{kind}-{Path.GetFileName(_output)}{extension}");

    /// <summary>
    /// The fingerprint of <paramref name="settings"/> and every file under <paramref name="folders"/> (missing folders
    /// count as empty), or null when a file or folder cannot be read: then the build runs without the cache and reports
    /// the problem itself.
    /// </summary>
    public static BuildInputs? TryFingerprint(string settings, IEnumerable<string> folders)
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
    public static BuildInputs Fingerprint(string settings, IEnumerable<string> folders)
    {
        var lines = new List<(string Line, string? File)>();
        var digests = new Dictionary<string, (string, long, DateTime)>(StringComparer.Ordinal);
        foreach (var folder in folders.Select(Path.GetFullPath))
        {
            lines.Add(($"folder {folder}", null));
            if (Directory.Exists(folder)) AppendFolder(lines, digests, folder, new DirectoryInfo(folder));
        }

        return new BuildInputs(settings + "\n" + BuildId, lines, digests);
    }

    /// <summary>This helpgen build (its module version id): what one build caches, another build of helpgen does not trust.</summary>
    public static string BuildId { get; } = typeof(BuildCache).Assembly.ManifestModule.ModuleVersionId.ToString();

    /// <summary>The record of the last build into this folder when the folder still holds exactly the files it wrote; else null.</summary>
    public BuildRecord? Lookup()
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(FilePath));
            var root = json.RootElement;
            if (root.GetProperty("version").GetInt32() != FormatVersion || root.GetProperty("output").GetString() != Manifest()) return null;
            static Dictionary<string, string> Map(JsonElement e) => e.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
            static List<string> Strings(JsonElement e) => e.EnumerateArray().Select(v => v.GetString()!).ToList();
            return new BuildRecord(root.GetProperty("fingerprint").GetString()!, root.GetProperty("locales").GetInt32(), root.GetProperty("pages").GetInt32())
            {
                Shape = root.GetProperty("shape").GetString()!,
                LocaleKeys = Map(root.GetProperty("localeKeys")),
                PageKeys = Map(root.GetProperty("pageKeys")),
                IndexFiles = root.GetProperty("indexFiles").EnumerateObject().ToDictionary(p => p.Name, p => (IReadOnlyList<string>)Strings(p.Value), StringComparer.Ordinal),
                ListFiles = Strings(root.GetProperty("listFiles")),
                TextKeys = Map(root.GetProperty("textKeys")),
            };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException or KeyNotFoundException or FormatException or IndexOutOfRangeException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Records the output folder as the result of <paramref name="record"/> (written to a temporary file, then moved).</summary>
    /// <param name="files">Every file the build wrote into the folder, by site path; null lists the folder.</param>
    /// <param name="linked">
    /// Those of <paramref name="files"/> that are hard links to the files of the same path in the folder <see cref="Lookup"/>
    /// listed (a kept page): a hard link has its file's size and modification time, so their lines are taken from that
    /// listing instead of asking the file system again.
    /// </param>
    /// <param name="written">
    /// The size and modification time of files the build wrote, taken from the open file as it was written (the folder
    /// was renamed since, which keeps both): their lines need no look-up either. A wrong time only makes the next build a miss.
    /// </param>
    public void Save(BuildRecord record, IReadOnlyList<string>? files = null, IReadOnlySet<string>? linked = null, IReadOnlyDictionary<string, (long Size, long Ticks)>? written = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var temporary = FilePath + $".{Environment.ProcessId}.tmp";
        try
        {
            Write(record, files, linked, written, temporary);
            File.Move(temporary, FilePath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    private void Write(BuildRecord record, IReadOnlyList<string>? files, IReadOnlySet<string>? linked, IReadOnlyDictionary<string, (long Size, long Ticks)>? written, string temporary)
    {
        using (var stream = File.Create(temporary))
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteNumber("version", FormatVersion);
            json.WriteString("fingerprint", record.Fingerprint);
            json.WriteNumber("locales", record.Locales);
            json.WriteNumber("pages", record.Pages);
            json.WriteString("shape", record.Shape);
            void Map(string name, IEnumerable<KeyValuePair<string, string>> map)
            {
                json.WriteStartObject(name);
                foreach (var (key, value) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    json.WriteString(key, value);
                    // Out to the file every 64 KB: the writer would otherwise hold the whole record (megabytes) in one growing array.
                    if (json.BytesPending > 1 << 16) json.Flush();
                }

                json.WriteEndObject();
            }

            Map("localeKeys", record.LocaleKeys);
            Map("pageKeys", record.PageKeys);
            Map("textKeys", record.TextKeys);
            json.WriteStartObject("indexFiles");
            foreach (var (locale, index) in record.IndexFiles.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                json.WriteStartArray(locale);
                foreach (var file in index) json.WriteStringValue(file);
                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteStartArray("listFiles");
            foreach (var file in record.ListFiles) json.WriteStringValue(file);
            json.WriteEndArray();
            json.WriteString("output", Manifest(files, linked, written));
            json.WriteEndObject();
        }
    }

    /// <summary>Forgets the cached build (before a build that may change or fail to replace the output).</summary>
    public void Invalidate()
    {
        if (File.Exists(FilePath)) File.Delete(FilePath);
    }

    /// <summary>
    /// The hash (LineHash) of the output folder's listing: every file's path, size and modification time (UTC ticks), in order.
    /// A file added, removed or touched since the build changes it. With <paramref name="files"/> (the files the build
    /// wrote) only those are looked at, which is quicker than listing every folder; a file missing from that list makes
    /// the next build a miss, never a wrong hit. Without, the listing is also kept for <see cref="Save"/>.
    /// </summary>
    private string Manifest(IReadOnlyList<string>? files = null, IReadOnlySet<string>? linked = null, IReadOnlyDictionary<string, (long Size, long Ticks)>? written = null)
    {
        if (!Directory.Exists(_output)) return string.Empty;
        List<string> lines;
        if (files is null)
        {
            var root = _output.Length + 1;
            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
            var top = new DirectoryInfo(_output).EnumerateDirectories("*", new EnumerationOptions { AttributesToSkip = 0 }).Where(d => d.LinkTarget is null).Select(d => d.FullName).ToList();
            // Each top folder (a site has one per locale) in parallel: listing tens of thousands of folders is mostly system calls.
            var parts = new List<(string Path, string Line)>[top.Count + 1];
            Parallel.For(0, parts.Length, Parallelism.Options, i => parts[i] = new FileSystemEnumerable<(string, string)>(i < top.Count ? top[i] : _output, (ref FileSystemEntry e) =>
            {
                var relative = e.ToFullPath()[root..].Replace('\\', '/');
                return (relative, Line(relative, e.Length, e.LastWriteTimeUtc.UtcTicks));
            }, i < top.Count ? options : new EnumerationOptions { AttributesToSkip = 0 })
            {
                ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory || e.Attributes.HasFlag(FileAttributes.ReparsePoint),
            }.ToList());
            _listed = parts.SelectMany(p => p).ToDictionary(p => p.Path, p => p.Line, StringComparer.Ordinal);
            lines = [.. _listed.Values];
        }
        else
        {
            var stats = new string?[files.Count];
            Parallel.For(0, files.Count, Parallelism.Options, i =>
            {
                if (linked?.Contains(files[i]) == true && _listed?.TryGetValue(files[i], out var line) == true)
                {
                    stats[i] = line;
                    return;
                }

                if (written?.TryGetValue(files[i], out var stat) == true)
                {
                    stats[i] = Line(files[i], stat.Size, stat.Ticks);
                    return;
                }

                var info = new FileInfo(Path.Combine(_output, files[i]));
                stats[i] = info.Exists ? Line(files[i], info.Length, info.LastWriteTimeUtc.Ticks) : null;
            });
            lines = stats.OfType<string>().ToList();
        }

        lines.Sort(StringComparer.Ordinal);
        return LineHash.Of(lines);
    }

    /// <param name="relative">The file's site path (with forward slashes).</param>
    private static string Line(string relative, long size, long ticks) => $"{relative} {size} {ticks}";

    /// <summary>One line per entry under <paramref name="directory"/>, in name order, each regular file's with the hash of its content (in parallel).</summary>
    private static void AppendFolder(List<(string Line, string? File)> lines, Dictionary<string, (string, long, DateTime)> digests, string root, DirectoryInfo directory)
    {
        var files = new List<(int Line, FileInfo File)>();
        List(root, directory, lines, files);
        var hashes = new string[files.Count];
        Parallel.For(0, files.Count, Parallelism.Options, i => hashes[i] = LineHash.OfFile(files[i].File.FullName));
        for (var i = 0; i < files.Count; i++)
        {
            var (line, file) = files[i];
            lines[line] = (lines[line].Line + " " + hashes[i], file.FullName);
            digests[file.FullName] = (hashes[i], file.Length, file.LastWriteTimeUtc);
        }
    }

    /// <summary>One line per entry under <paramref name="directory"/>, in name order; regular files also into <paramref name="files"/> (hashed in parallel).</summary>
    private static void List(string root, DirectoryInfo directory, List<(string Line, string? File)> lines, List<(int Line, FileInfo File)> files)
    {
        var entries = directory.EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0 }).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        // Looking at an entry is mostly system calls, so the entries are looked at side by side (a subfolder listed into
        // lists of its own), then joined in name order: the lines are those of one walk.
        var listed = new Listed[entries.Count];
        Parallel.For(0, entries.Count, Parallelism.Options, i => listed[i] = Look(root, entries[i]));
        foreach (var entry in listed)
        {
            if (entry.File is { } file) files.Add((lines.Count, file));
            lines.Add((entry.Line, null));
            if (entry.Folder is not { } folder) continue;
            var offset = lines.Count;
            lines.AddRange(folder.Lines);
            files.AddRange(folder.Files.Select(f => (f.Line + offset, f.File)));
        }
    }

    /// <summary>An entry's line; for a regular file the file, for a folder its own listing.</summary>
    private sealed record Listed(string Line, FileInfo? File = null, (List<(string Line, string? File)> Lines, List<(int Line, FileInfo File)> Files)? Folder = null);

    private static Listed Look(string root, FileSystemInfo entry)
    {
        var relative = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
        // Only a link has a target (asking a regular file costs a system call).
        if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint) && entry.LinkTarget is { } target) return new($"link {relative} -> {target}");
        if (entry is DirectoryInfo sub)
        {
            var (lines, files) = (new List<(string Line, string? File)>(), new List<(int Line, FileInfo File)>());
            List(root, sub, lines, files);
            return new($"dir {relative}", Folder: (lines, files));
        }

        // Never opened: reading a FIFO would block the build (the content scan skips it with a warning).
        if (Content.FileKinds.SpecialKind(entry.FullName) is { } kind) return new($"special {relative} {kind}");
        var file = (FileInfo)entry;
        return new($"file {relative} {file.Length}", file);
    }
}

/// <summary>
/// The inputs of a build as <see cref="BuildCache.Fingerprint"/> saw them: one line per file and folder (a file's with
/// the hash of its content) and each regular file's content hash, size and write time by full path.
/// </summary>
public sealed class BuildInputs(string settings, IReadOnlyList<(string Line, string? File)> lines, IReadOnlyDictionary<string, (string Digest, long Size, DateTime Written)> digests)
{
    /// <summary>The fingerprint of everything: the same inputs give the same site.</summary>
    public string Fingerprint { get; } = Hash(settings, lines, null);

    /// <summary>The content hash (XxHash128, hex) of the regular file at <paramref name="fullPath"/>, when it was hashed.</summary>
    public string? Digest(string fullPath) => digests.TryGetValue(fullPath, out var file) ? file.Digest : null;

    /// <summary>The content hash of the file at <paramref name="fullPath"/> with the size and write time it had when listed (before it was hashed).</summary>
    public (string Digest, long Size, DateTime Written)? File(string fullPath) => digests.TryGetValue(fullPath, out var file) ? file : null;

    /// <summary>The fingerprint of every input except the files <paramref name="left"/> (their content is accounted for elsewhere).</summary>
    public string Without(IReadOnlySet<string> left) => Hash(settings, lines, left);

    private static string Hash(string settings, IReadOnlyList<(string Line, string? File)> lines, IReadOnlySet<string>? left) =>
        LineHash.Of(lines.Where(l => l.File is null || left is null || !left.Contains(l.File)).Select(l => l.Line).Prepend(settings));
}

/// <summary>
/// What a build into a folder leaves for the next one: the fingerprint of its inputs, its counts, and for an
/// incremental build the shape of the site (every input but the articles' bodies), a key per locale (its articles'
/// files), per article page (its file and related articles) and per search text block (its articles' files), and
/// which files are a locale's search index and which are list pages.
/// </summary>
public sealed record BuildRecord(string Fingerprint, int Locales, int Pages)
{
    public string Shape { get; init; } = string.Empty;

    public IReadOnlyDictionary<string, string> LocaleKeys { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> PageKeys { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, IReadOnlyList<string>> IndexFiles { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyList<string> ListFiles { get; init; } = [];

    /// <summary>The key of each search text block (by file): what it was written from (see <c>PageReuse.TextBlocks</c>).</summary>
    public IReadOnlyDictionary<string, string> TextKeys { get; init; } = new Dictionary<string, string>();
}
