using HelpGen.Building;
using HelpGen.Diagnostics;
using HelpGen.Markdown;
using HelpGen.Output;
using HelpGen.Theming;

namespace HelpGen.Preview;

/// <summary>
/// What the preview serves at one moment: a snapshot, the whole-site result last computed (for this snapshot, or for
/// an earlier one while the background catches up), and the pages rendered from them so far. Pages are rendered on
/// request, one at a time, exactly as a build renders them (<see cref="PageBuilder"/>), and remembered in a bounded
/// <see cref="PageMemo"/>. Immutable apart from the memo; a rebuild or a new site result makes a new state.
/// </summary>
internal sealed class PreviewState(PreviewSnapshot snapshot, SiteResult site)
{
    public PreviewSnapshot Snapshot { get; } = snapshot;

    public SiteResult Site { get; } = site;

    public PageMemo Memo { get; } = new();

    /// <summary>True when the whole-site result is that of this snapshot (nothing is briefly stale).</summary>
    public bool IsComplete => Snapshot.Parses is not null && ReferenceEquals(Site.Basis, Snapshot);

    /// <summary>Every diagnostic of this state: the snapshot's stages and the whole-site stage.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => StagedDiagnostics.Replace(Snapshot.Diagnostics, DiagnosticStage.Site, Site.Diagnostics);

    /// <summary>Every site path served: pages, theme files, and the whole-site files.</summary>
    public IEnumerable<string> Paths => Snapshot.Pages.Paths.Concat(Site.Files.Paths.Where(p => Snapshot.Pages.Find(p) is null)).Distinct();

    /// <summary>The file at <paramref name="sitePath"/>, rendered now if it is a page not yet remembered; render problems go to <paramref name="diagnostics"/>.</summary>
    public OutputFile? Find(string sitePath, DiagnosticBag diagnostics)
    {
        if (Memo.Get(sitePath) is { } remembered) return remembered;
        var file = Render(sitePath, diagnostics);
        if (file is not null && Snapshot.Pages.Find(sitePath) is ArticlePage or ListPage) Memo.Put(file);
        return file;
    }

    /// <summary>The file at <paramref name="sitePath"/> rendered afresh (not remembered), or null.</summary>
    public OutputFile? Render(string sitePath, DiagnosticBag diagnostics)
    {
        var style = Snapshot.Options.LinkStyle;
        var builder = new PageBuilder(Snapshot.Plan, Snapshot.Theme, style, Site.Related, diagnostics);
        return Snapshot.Pages.Find(sitePath) switch
        {
            ArticlePage page => builder.Article(page.Locale, page.Section, page.Article, ParseCache.Document(page.Article.Source), new LinkResolver(Snapshot.Plan, style, diagnostics)),
            ListPage page => builder.List(page),
            ThemeAsset asset => new OutputFile(asset.SitePath, asset.Content),
            _ => Site.Files.Find(sitePath),
        };
    }
}
