namespace HelpGen.Diagnostics;

/// <summary>Turns file paths into what users see in diagnostics: relative to the current folder, with '/'.</summary>
public static class DisplayPaths
{
    public static string For(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return shown.Replace('\\', '/');
    }
}
