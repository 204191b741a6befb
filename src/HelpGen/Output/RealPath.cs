namespace HelpGen.Output;

/// <summary>
/// The real path of a file or folder, symbolic links resolved in every component, the way <c>realpath</c> does;
/// components that do not exist yet are kept as written. Used to compare folders that links might disguise.
/// </summary>
public static class RealPath
{
    private const int MaxLinks = 40;

    public static string Resolve(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or lies inside it (both real paths).</summary>
    public static bool IsSameOrInside(string inner, string outer)
    {
        var a = Path.TrimEndingDirectorySeparator(inner) + Path.DirectorySeparatorChar;
        var b = Path.TrimEndingDirectorySeparator(outer) + Path.DirectorySeparatorChar;
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        return a.StartsWith(b, comparison);
    }

    private static string Resolve(string full, ref int links)
    {
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            var target = LinkTarget(next);
            if (target is not null)
            {
                if (++links > MaxLinks) throw new IOException($"too many levels of symbolic links at '{next}'");
                next = Resolve(Path.GetFullPath(target, current), ref links);
            }

            current = next;
        }

        return current;
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
