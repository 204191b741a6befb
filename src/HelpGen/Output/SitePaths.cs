
namespace HelpGen.Output;

/// <summary>
/// Relative URLs between site paths. Pages link relatively so the site works under any base path
/// and from file://. A folder path ends with '/', e.g. <c>en-us/registration/sign-up/</c>.
/// </summary>
public static class SitePaths
{
    private static readonly string[] Ups = Enumerable.Range(0, 16).Select(n => string.Concat(Enumerable.Repeat("../", n))).ToArray();

    /// <summary>The URL that leads from a page in <paramref name="fromFolder"/> to <paramref name="to"/>.</summary>
    /// <remarks>Called for every link of every page (thousands per page on large sites), so it walks the strings without splitting them.</remarks>
    public static string Relative(string fromFolder, string to)
    {
        if (fromFolder.StartsWith('/') || fromFolder.Contains("//", StringComparison.Ordinal)) return RelativeBySegments(fromFolder, to);
        int depth = 0, matched = 0, start = 0;
        var matching = true;
        while (start < fromFolder.Length)
        {
            var slash = fromFolder.IndexOf('/', start);
            if (slash < 0) slash = fromFolder.Length;
            depth++;
            matching = matching && slash < to.Length && to[slash] == '/' && fromFolder.AsSpan(start, slash - start).SequenceEqual(to.AsSpan(start, slash - start));
            if (matching) matched++;
            start = slash + 1;
        }

        var common = matched == 0 ? 0 : IndexAfterSegments(to, matched);
        var ups = depth - matched;
        var url = string.Concat(ups < Ups.Length ? Ups[ups] : string.Concat(Enumerable.Repeat("../", ups)), to.AsSpan(common));
        return url.Length == 0 ? "./" : url;
    }

    /// <summary>The index just after the <paramref name="count"/>-th '/' of <paramref name="path"/>.</summary>
    private static int IndexAfterSegments(string path, int count)
    {
        var index = -1;
        for (var i = 0; i < count; i++) index = path.IndexOf('/', index + 1);
        return index + 1;
    }

    /// <summary>The general form, for unusual folder strings (leading or doubled '/').</summary>
    private static string RelativeBySegments(string fromFolder, string to)
    {
        var from = fromFolder.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var target = to.Split('/');
        var common = 0;
        while (common < from.Length && common < target.Length - 1 && from[common] == target[common]) common++;
        var up = string.Concat(Enumerable.Repeat("../", from.Length - common));
        var rest = string.Join('/', target.Skip(common));
        var url = up + rest;
        return url.Length == 0 ? "./" : url;
    }

    /// <summary>The URL of a page folder: <c>../x/</c> for servers, <c>../x/index.html</c> for file://.</summary>
    public static string Page(string fromFolder, string toFolder, LinkStyle style)
    {
        var url = Relative(fromFolder, toFolder);
        if (style == LinkStyle.Directory) return url;
        return url == "./" ? "index.html" : url + "index.html";
    }

    /// <summary>The prefix from a page folder to the site root: "" or "../../".</summary>
    public static string Root(string fromFolder) =>
        string.Concat(Enumerable.Repeat("../", fromFolder.Split('/', StringSplitOptions.RemoveEmptyEntries).Length));
}
