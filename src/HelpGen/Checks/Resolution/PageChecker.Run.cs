using HelpGen.Checks.Scanning;
using HelpGen.Diagnostics;

namespace HelpGen.Checks.Resolution;

internal sealed partial class PageChecker
{
    /// <summary>The state of checking one page: its content, where each link is fixed, and what was found so far.</summary>
    private sealed class PageRun
    {
        private readonly string? _htmlFile;
        private readonly LinkSource?[] _origins;

        public PageRun(string pagePath, string? htmlFile, PageContent content, LinkSource?[] origins, Uri pageUri)
        {
            PageUri = pageUri;
            PagePath = pagePath;
            Content = content;
            _htmlFile = htmlFile;
            _origins = origins;
        }

        public string PagePath { get; }

        public PageContent Content { get; }

        /// <summary>The address the page's relative links resolve against.</summary>
        public Uri PageUri { get; }

        public List<PositionedProblem> Problems { get; } = [];

        public List<PendingAnchor> Anchors { get; } = [];

        public List<ExternalUse> Externals { get; } = [];

        public int LinksChecked { get; set; }

        /// <summary>The Markdown line of link <paramref name="index"/>, else its element in the HTML file on disk, else null.</summary>
        public LinkSource? SourceOf(int index)
        {
            if (_origins[index] is { } origin)
            {
                return origin;
            }

            var link = Content.Links[index];
            return _htmlFile is null ? null : LinkSource.InHtml(_htmlFile, link.Line, link.Column);
        }

        /// <summary>Where an id or name of the page is, in the HTML file on disk.</summary>
        public LinkSource? At(PageContent.Mark mark) =>
            _htmlFile is null ? null : LinkSource.InHtml(_htmlFile, mark.Line, mark.Column);

        public void Report(int linkIndex, string code, Severity severity, string target, LinkSource? origin, string message) =>
            Problems.Add(new PositionedProblem(ProblemFactory.Create(code, severity, PagePath, target, origin, message), PagePath, linkIndex));
    }
}
