using HelpGen.Diagnostics;

namespace HelpGen.Checks;

/// <summary>The state of checking one page: its content, the origin of each link, and what was found so far.</summary>
internal sealed class PageRun
{
    public PageRun(string pagePath, PageContent content, LinkSource?[] origins, Uri pageUri)
    {
        PageUri = pageUri;
        PagePath = pagePath;
        Content = content;
        Origins = origins;
    }

    public string PagePath { get; }

    public PageContent Content { get; }

    /// <summary>The address the page's relative links resolve against.</summary>
    public Uri PageUri { get; }

    public LinkSource?[] Origins { get; }

    public List<PositionedProblem> Problems { get; } = [];

    public List<PendingAnchor> Anchors { get; } = [];

    public List<ExternalUse> Externals { get; } = [];

    public int LinksChecked { get; set; }

    public void Report(int linkIndex, string code, Severity severity, string target, LinkSource? origin, string message) =>
        Problems.Add(new PositionedProblem(ProblemFactory.Create(code, severity, PagePath, target, origin, message), PagePath, linkIndex));
}
