namespace HelpGen.Content;

/// <summary>
/// Where an <c>aliases:</c> entry is written in the site: a path ending in .html as that file, any other as
/// &lt;path&gt;/index.html. Front matter validates aliases with it; the alias pages stage writes them with it.
/// </summary>
public static class AliasPath
{
    /// <summary>The output file for an alias, or null when it is not a safe path inside the site.</summary>
    public static string? FilePath(string alias)
    {
        if (!alias.StartsWith('/') || alias.IndexOfAny(['\\', '?', '#', '\0', ':']) >= 0) return null;
        var segments = alias.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || segments.Any(s => s is "." or ".." || s.Trim().Length == 0)) return null;
        var path = string.Join('/', segments);
        return path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? path : path + "/index.html";
    }
}
