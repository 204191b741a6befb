using HelpGen.Output;

namespace HelpGen.Checks.Sites;

/// <summary>
/// A site folder on disk (<c>helpgen check --site DIR</c>). Lists the files once and reads pages only when asked.
/// Symbolic links are not followed, so nothing outside the folder is read; folders deeper than
/// <see cref="MaxDepth"/> levels (no real site has them) are not listed.
/// </summary>
internal sealed class DirectorySiteSource : ISiteSource
{
    /// <summary>How many folder levels below the site root are listed.</summary>
    public const int MaxDepth = 64;

    private readonly string _root;
    private readonly string _displayPrefix;
    private readonly HashSet<string> _files;

    /// <param name="root">The site folder.</param>
    /// <param name="displayRoot">How the folder is shown in problems (as the user named it), e.g. <c>_site</c>.</param>
    public DirectorySiteSource(string root, string displayRoot)
    {
        _root = Path.GetFullPath(root);
        var shown = displayRoot.Replace('\\', '/').TrimEnd('/');
        shown = shown.StartsWith("./", StringComparison.Ordinal) ? shown[2..] : shown;
        _displayPrefix = shown is "" or "." ? string.Empty : shown + "/";
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.ReparsePoint,
            IgnoreInaccessible = true,
            MaxRecursionDepth = MaxDepth,
        };
        _files = Directory.EnumerateFiles(_root, "*", options)
            .Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);
        Pages = _files
            .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public IReadOnlyList<string> Pages { get; }

    public bool Exists(string path) => _files.Contains(path);

    public byte[] ReadPage(string path) => File.ReadAllBytes(Path.Combine(_root, path));

    public PageOrigin? OriginOf(string path) => null;

    public string? DisplayPathOf(string path) => _displayPrefix + path;
}
