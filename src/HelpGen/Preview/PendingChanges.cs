using HelpGen.Building;

namespace HelpGen.Preview;

/// <summary>
/// The saved files not yet part of an accepted build: whether any of them matters, and whether the theme changed
/// (reload it). Every rebuild re-runs every stage (unchanged files and articles come from caches), so nothing else
/// is sorted out here. Editor temporary files (<c>.x.swp</c>, <c>x~</c>, <c>#x#</c>, vim's <c>4913</c>) are ignored.
/// </summary>
internal sealed class PendingChanges(BuildOptions options)
{
    private readonly string _source = Path.GetFullPath(options.SourceDirectory);
    private readonly string? _theme = options.ThemeDirectory is null ? null : Path.GetFullPath(options.ThemeDirectory);
    private bool _any;

    public bool ThemeChanged { get; private set; }

    /// <summary>Adds changed paths; false when none of them (nor any still pending) matters.</summary>
    public bool Add(IEnumerable<string> paths)
    {
        foreach (var path in paths.Select(Path.GetFullPath).Where(p => !IsTemporary(p)))
        {
            if (_theme is not null && IsInside(path, _theme)) ThemeChanged = _any = true;
            else if (IsInside(path, _source)) _any = true;
        }

        return _any;
    }

    public void Clear() => _any = ThemeChanged = false;

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || path == folder;

    private static bool IsTemporary(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith('.') || name.StartsWith('#') || name.EndsWith('~') || name == "4913"
            || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal);
    }
}
