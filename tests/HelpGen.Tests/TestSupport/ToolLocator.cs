namespace HelpGen.Tests.TestSupport;

/// <summary>
/// Looks for an executable the way a developer expects: an environment variable naming it (authoritative: if it
/// names nothing, the search stops, so a wrong setting is reported instead of silently replaced), then names on
/// PATH, then fixed install locations, then folders found by a pattern (Playwright's browser cache).
/// </summary>
public sealed class ToolLocator(Func<string, string?> environment, Func<string, bool> fileExists)
{
    public static ToolLocator Default { get; } = new(global::System.Environment.GetEnvironmentVariable, File.Exists);

    public Func<string, string?> Environment => environment;

    /// <summary>The first existing candidate, and a description of every place tried.</summary>
    public (string? Path, string Searched) Find(string variable, IEnumerable<string> namesOnPath, IEnumerable<string> locations)
    {
        if (environment(variable) is { Length: > 0 } given)
        {
            return fileExists(given) ? (given, $"{variable}={given}") : (null, $"{variable} is set to '{given}', which does not exist");
        }

        var tried = new List<string>();
        var pathDirectories = (environment("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var directory in pathDirectories)
        {
            var hit = namesOnPath.Select(name => Path.Combine(directory, name)).FirstOrDefault(fileExists);
            if (hit is not null) return (hit, $"{hit} on PATH");
        }

        tried.Add($"{variable} is not set; not on PATH as {string.Join(", ", namesOnPath)}");
        foreach (var location in locations)
        {
            if (fileExists(location)) return (location, location);
        }

        tried.Add("not at " + string.Join(", ", locations));
        return (null, string.Join("; ", tried));
    }

    /// <summary>Executables under <paramref name="root"/>/<paramref name="folderPattern"/>/<paramref name="relative"/>, newest folder first.</summary>
    public static IEnumerable<string> Expand(string? root, string folderPattern, string relative)
    {
        if (string.IsNullOrEmpty(root) || !Directory.Exists(root)) return [];
        return Directory.EnumerateDirectories(root, folderPattern)
            .OrderByDescending(d => d, StringComparer.Ordinal)
            .Select(d => Path.Combine(d, relative));
    }
}
