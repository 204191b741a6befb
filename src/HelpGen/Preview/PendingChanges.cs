using HelpGen.Building;

namespace HelpGen.Preview;

/// <summary>
/// The saved files not yet part of an accepted build, sorted by what they need: article files (maybe an
/// incremental rebuild), the theme (reload it), anything else in the source (a full rebuild).
/// Editor temporary files (<c>.x.swp</c>, <c>x~</c>, <c>#x#</c>, vim's <c>4913</c>) are ignored.
/// </summary>
internal sealed class PendingChanges(BuildOptions options)
{
    private readonly string _source = Path.GetFullPath(options.SourceDirectory);
    private readonly string? _theme = options.ThemeDirectory is null ? null : Path.GetFullPath(options.ThemeDirectory);
    private readonly SortedSet<string> _articles = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Articles => _articles;

    public bool NeedsFullRebuild { get; private set; }

    public bool ThemeChanged { get; private set; }

    /// <summary>Adds changed paths; false when none of them matters.</summary>
    public bool Add(IEnumerable<string> paths)
    {
        var any = false;
        foreach (var path in paths.Select(Path.GetFullPath).Where(p => !IsTemporary(p)))
        {
            if (_theme is not null && IsInside(path, _theme))
            {
                ThemeChanged = NeedsFullRebuild = any = true;
            }
            else if (IsInside(path, _source))
            {
                any = true;
                if (IsArticle(path)) _articles.Add(path);
                else NeedsFullRebuild = true;
            }
        }

        return any || NeedsFullRebuild || _articles.Count > 0;
    }

    public void Clear()
    {
        _articles.Clear();
        NeedsFullRebuild = ThemeChanged = false;
    }

    /// <summary>An article is <c>&lt;language&gt;/&lt;section&gt;/&lt;name&gt;.md</c> under the source folder.</summary>
    private bool IsArticle(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
        && Path.GetRelativePath(_source, path).Split(Path.DirectorySeparatorChar).Length == 3;

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || path == folder;

    private static bool IsTemporary(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith('.') || name.StartsWith('#') || name.EndsWith('~') || name == "4913"
            || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal);
    }
}
