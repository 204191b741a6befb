namespace HelpGen.Diagnostics;

/// <summary>
/// Turns file paths into what users see in diagnostics: relative to <see cref="Root"/> (the CLI passes its working
/// folder), with '/'; full paths when there is no root or the file is outside it. The library never reads the
/// current directory itself.
/// </summary>
/// <param name="Root">The folder paths are shown relative to, or null for full paths.</param>
public sealed record DisplayPaths(string? Root)
{
    /// <summary>Full paths everywhere (no root).</summary>
    public static DisplayPaths Full { get; } = new((string?)null);

    public string For(string path)
    {
        var full = Path.GetFullPath(path);
        if (Root is null) return full.Replace('\\', '/');
        var relative = Path.GetRelativePath(Path.GetFullPath(Root), full);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return shown.Replace('\\', '/');
    }
}
