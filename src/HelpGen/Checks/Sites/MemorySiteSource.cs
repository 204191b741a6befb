using HelpGen.Output;

namespace HelpGen.Checks.Sites;

/// <summary>A site built in memory (<see cref="SiteOutput"/>), with each page's Markdown origin.</summary>
internal sealed class MemorySiteSource : ISiteSource
{
    private readonly SiteOutput _site;

    public MemorySiteSource(SiteOutput site)
    {
        _site = site;
        Pages = site.Files.Where(f => f.IsHtml).Select(f => f.Path).ToList();
    }

    public IReadOnlyList<string> Pages { get; }

    public bool Exists(string path) => _site.Find(path) is not null;

    public byte[] ReadPage(string path) => _site.Find(path)!.Content;

    public PageOrigin? OriginOf(string path) => _site.Find(path)?.Origin;

    public string? DisplayPathOf(string path) => null;
}
