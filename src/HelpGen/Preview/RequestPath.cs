namespace HelpGen.Preview;

/// <summary>
/// Maps a request path to a path of the in-memory site, refusing anything that could name a file outside it.
/// The server only ever looks paths up in the built site, never on disk; this is the second fence.
/// </summary>
public static class RequestPath
{
    /// <summary>
    /// The site path for <paramref name="decodedPath"/> (the request path after percent-decoding, starting with '/'),
    /// with <c>index.html</c> added for folders; null when the path is unsafe: dot segments, empty segments,
    /// backslashes, encoded slashes or backslashes in <paramref name="rawTarget"/>, control characters or ':'.
    /// </summary>
    public static string? ToSitePath(string decodedPath, string rawTarget)
    {
        if (!decodedPath.StartsWith('/') || HasEncodedSeparator(rawTarget)) return null;
        var path = decodedPath[1..];
        if (path.Any(c => c is '\\' or ':' || char.IsControl(c)) || path.Contains('%')) return null;
        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment is "." or ".." || (segment.Length == 0 && i < segments.Length - 1)) return null;
        }

        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    private static bool HasEncodedSeparator(string rawTarget)
    {
        var query = rawTarget.IndexOf('?');
        var path = query < 0 ? rawTarget : rawTarget[..query];
        return path.Contains("%2f", StringComparison.OrdinalIgnoreCase)
            || path.Contains("%5c", StringComparison.OrdinalIgnoreCase)
            || path.Contains("%00", StringComparison.Ordinal)
            || path.Contains("%25", StringComparison.Ordinal);
    }
}
