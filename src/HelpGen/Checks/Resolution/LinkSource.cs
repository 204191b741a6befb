namespace HelpGen.Checks.Resolution;

/// <summary>
/// Where an author fixes a link: the Markdown file and position that produced it (<see cref="FromMarkdown"/>), or,
/// for a page checked on disk, the HTML file and the line and column of the link's element.
/// </summary>
internal sealed record LinkSource(string File, int Line, int Column, bool FromMarkdown = true)
{
    /// <summary>The link's element in an HTML file, or null when the parser kept no position.</summary>
    public static LinkSource? InHtml(string file, int line, int column) =>
        line > 0 ? new LinkSource(file, line, column, FromMarkdown: false) : null;
}
