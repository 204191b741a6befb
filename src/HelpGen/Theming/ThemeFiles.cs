using System.Reflection;
using HelpGen.Diagnostics;

namespace HelpGen.Theming;

/// <summary>
/// The raw files of a theme (layouts, partials, i18n strings, assets) as relative path → bytes,
/// read from a folder or from resources embedded in an assembly. Paths use '/' and are sorted ordinally.
/// Problems met while reading (a symbolic link leaving the theme folder, a missing folder) are kept as
/// <see cref="Problems"/> and reported by <see cref="Theme.Load"/>.
/// A theme folder given with <c>--theme</c> is <see cref="LayeredOver"/> the built-in theme: each of its files
/// replaces the built-in file of the same path, and its UI strings replace the built-in ones key by key.
/// </summary>
public sealed class ThemeFiles
{
    private readonly IReadOnlyDictionary<string, ThemeFiles>? _origins;

    private ThemeFiles(string displayRoot, SortedDictionary<string, byte[]> files, IReadOnlyList<Diagnostic> problems)
    {
        DisplayRoot = displayRoot;
        Files = files;
        Problems = problems;
        Layers = [this];
    }

    private ThemeFiles(ThemeFiles over, ThemeFiles under)
    {
        DisplayRoot = over.DisplayRoot;
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var origins = new Dictionary<string, ThemeFiles>(StringComparer.Ordinal);
        foreach (var layer in under.Layers.Concat(over.Layers))
        {
            foreach (var (path, content) in layer.Files)
            {
                files[path] = content;
                origins[path] = layer;
            }
        }

        Files = files;
        _origins = origins;
        Problems = [.. over.Problems, .. under.Problems];
        Layers = [.. under.Layers, .. over.Layers];
    }

    /// <summary>How the theme's location is shown in diagnostics, e.g. <c>themes/default</c>.</summary>
    public string DisplayRoot { get; }

    /// <summary>Every file of the theme by its path relative to the theme root, with '/'.</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    /// <summary>Problems found while reading; <see cref="Theme.Load"/> adds them to its diagnostics.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    /// <summary>The themes this one is made of, the built-in one first; just this theme unless layered.</summary>
    public IReadOnlyList<ThemeFiles> Layers { get; }

    /// <summary>The path of a theme file as diagnostics show it, in the layer it comes from.</summary>
    public string DisplayPath(string relativePath) =>
        _origins is not null && _origins.TryGetValue(relativePath, out var layer)
            ? layer.DisplayPath(relativePath)
            : $"{DisplayRoot}/{relativePath}";

    /// <summary>
    /// This theme on top of <paramref name="fallback"/> (Hugo's lookup order): a file here wins, every other file
    /// (layout, partial, asset) comes from the fallback, and <c>i18n/&lt;lang&gt;.yml</c> strings merge key by key.
    /// </summary>
    public ThemeFiles LayeredOver(ThemeFiles fallback) => new(this, fallback);

    /// <summary>A theme from files already in memory (tests, preview). Keys are relative paths with '/' or '\'.</summary>
    public static ThemeFiles FromFiles(IEnumerable<KeyValuePair<string, byte[]>> files, string displayRoot = "theme")
    {
        var map = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var problems = new List<Diagnostic>();
        foreach (var (path, content) in files)
        {
            Add(map, problems, displayRoot, path, content);
        }

        return new ThemeFiles(displayRoot, map, problems);
    }

    /// <summary>
    /// Reads every file under <paramref name="path"/>. Files and folders reached through a symbolic link that
    /// resolves outside the theme folder are not read; each is reported as a problem.
    /// </summary>
    public static ThemeFiles FromDirectory(string path)
    {
        var displayRoot = path.Replace('\\', '/').TrimEnd('/');
        var map = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var problems = new List<Diagnostic>();
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        if (!Directory.Exists(root))
        {
            problems.Add(Problem(displayRoot, "the theme folder does not exist"));
            return new ThemeFiles(displayRoot, map, problems);
        }

        var realRoot = RealPath(root);
        foreach (var file in ThemeDirectoryWalker.Files(root, realRoot, displayRoot, problems))
        {
            var relative = Path.GetRelativePath(root, file);
            Add(map, problems, displayRoot, relative, File.ReadAllBytes(file));
        }

        return new ThemeFiles(displayRoot, map, problems);
    }

    /// <summary>
    /// Reads the resources of <paramref name="assembly"/> whose logical name starts with <paramref name="prefix"/>
    /// (e.g. <c>theme/</c>); the rest of the name is the file's path in the theme. '\' and '/' are both accepted.
    /// </summary>
    public static ThemeFiles FromEmbeddedResources(Assembly assembly, string prefix)
    {
        var normalizedPrefix = prefix.Replace('\\', '/');
        var map = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var problems = new List<Diagnostic>();
        var displayRoot = $"embedded:{normalizedPrefix.TrimEnd('/')}";
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            var normalized = name.Replace('\\', '/');
            if (!normalized.StartsWith(normalizedPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            Add(map, problems, displayRoot, normalized[normalizedPrefix.Length..], buffer.ToArray());
        }

        return new ThemeFiles(displayRoot, map, problems);
    }

    internal static string RealPath(string path)
    {
        var info = new DirectoryInfo(path);
        var target = info.ResolveLinkTarget(returnFinalTarget: true);
        return Path.TrimEndingDirectorySeparator(target?.FullName ?? info.FullName);
    }

    private static void Add(
        SortedDictionary<string, byte[]> map, List<Diagnostic> problems, string displayRoot, string path, byte[] content)
    {
        var relative = path.Replace('\\', '/').TrimStart('/');
        var segments = relative.Split('/');
        if (relative.Length == 0 || segments.Any(s => s is "" or "." or ".."))
        {
            problems.Add(Problem($"{displayRoot}/{relative}", "the theme file path is not a plain relative path"));
            return;
        }

        map[relative] = content;
    }

    private static Diagnostic Problem(string file, string message) =>
        new(Severity.Error, DiagnosticCodes.ThemeInvalid, message, file);
}
