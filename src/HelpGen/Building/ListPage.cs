using HelpGen.Theming;

namespace HelpGen.Building;

/// <summary>A page that lists articles (home, search, 404, section, chooser): its path and how to make its model.</summary>
/// <param name="Path">A folder ending with '/' (written as its index.html) or a file name, from the site root.</param>
public sealed record ListPage(string Path, Func<PageModelFactory, PageModel> Model)
{
    /// <summary>The file the page is written as, e.g. <c>en-us/index.html</c>.</summary>
    public string FilePath => Path.Length == 0 || Path.EndsWith('/') ? Path + "index.html" : Path;
}
