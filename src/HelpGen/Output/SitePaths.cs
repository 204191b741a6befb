using HelpGen.Building;

namespace HelpGen.Output;

/// <summary>
/// Relative URLs between site paths. Pages link relatively so the site works under any base path
/// and from file://. A folder path ends with '/', e.g. <c>en-us/registration/sign-up/</c>.
/// </summary>
public static class SitePaths
{
    /// <summary>The URL that leads from a page in <paramref name="fromFolder"/> to <paramref name="to"/>.</summary>
    public static string Relative(string fromFolder, string to)
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
