using System.Collections.Immutable;
using HelpGen.Building;
using HelpGen.Content;
using HelpGen.Diagnostics;
using HelpGen.Markdown;
using HelpGen.Output;

namespace HelpGen.Preview;

/// <summary>
/// Rebuilds after saves that change only article bodies (or <c>tags</c>/<c>updated</c>): every other page's model
/// reads titles, summaries, order, countries, drafts and aliases, never a body, so those pages cannot change.
/// Re-reads and re-parses only the saved files, re-renders only their pages in every locale that shows them, and,
/// when an article's heading ids changed, the pages that may link to one of its anchors (their diagnostics may change).
/// Anything else (a new, deleted or renamed file, another front matter change, site.yml, assets, the theme)
/// returns null: the caller does a full rebuild.
/// </summary>
internal sealed partial class IncrementalRebuild(PreviewSnapshot current, ParseCache cache)
{
    private readonly DiagnosticBag _readDiagnostics = new();
    private readonly DiagnosticBag _renderDiagnostics = new();
    private readonly List<string> _touched = [];

    /// <param name="paths">Full paths of the saved article files.</param>
    /// <returns>The next snapshot, or null when the change needs a full rebuild.</returns>
    public PreviewSnapshot? Run(IReadOnlyCollection<string> paths)
    {
        if (!TryRead(paths, out var fresh, out var failed)) return null;
        var displayPaths = paths.Select(p => current.SourcesByPath[p].DisplayPath).ToHashSet(StringComparer.Ordinal);
        var kept = Without(current.Diagnostics, displayPaths, ReadCodes);
        if (failed)
        {
            // A saved file cannot be read: keep every page as it is; the new errors block this snapshot.
            return current with { Diagnostics = Sorted(kept, _readDiagnostics) };
        }

        var sources = current.SourcesByPath.SetItems(fresh);
        var ids = current.AnchorIds;
        var render = new HashSet<string>(fresh.Keys, StringComparer.Ordinal);
        foreach (var source in fresh.Values)
        {
            var parsed = cache.Parse(source);
            if (!current.AnchorIds.TryGetValue(source.FullPath, out var before) || !before.SetEquals(parsed.Ids))
            {
                render.UnionWith(cache.MayLinkToAnchorsOf(source));
            }

            ids = ids.SetItem(source.FullPath, parsed.Ids);
        }

        var files = Render(render, sources);
        var rendered = render.Select(p => sources[p].DisplayPath).ToHashSet(StringComparer.Ordinal);
        kept = Without(kept, rendered, RenderCodes);
        var diagnostics = Sorted(Sorted(kept, _readDiagnostics), _renderDiagnostics);
        return current with { Files = files, Diagnostics = diagnostics, AnchorIds = ids, SourcesByPath = sources };
    }

    /// <summary>
    /// Reads the saved files again. False when one of them needs a full rebuild (new, deleted, or a front matter
    /// change that other pages show); <paramref name="failed"/> when one cannot be read at all.
    /// </summary>
    private bool TryRead(IReadOnlyCollection<string> paths, out Dictionary<string, SourceArticle> fresh, out bool failed)
    {
        fresh = new Dictionary<string, SourceArticle>(StringComparer.Ordinal);
        failed = false;
        foreach (var path in paths)
        {
            if (!current.SourcesByPath.TryGetValue(path, out var old) || !File.Exists(path)) return false;
            var file = new ArticleFile(old.FullPath, old.Language, old.Section, old.Slug, old.Country);
            var read = ContentLoader.Read(current.Plan.Content.SourceRoot, current.Plan.Config, file, _readDiagnostics, current.Plan.Content.Display);
            if (read is null) failed = true;
            else if (!SameShape(old, read)) return false;
            else fresh[path] = read;
        }

        return true;
    }

    /// <summary>The site paths this rebuild rendered again (only these can differ from the previous snapshot).</summary>
    public IReadOnlyCollection<string> Touched => _touched;

    /// <summary>
    /// Re-renders the article pages of <paramref name="paths"/> in every locale that shows them, each with the
    /// article's current text: the plan's entry is the same article at the same place, maybe with older text.
    /// </summary>
    private ImmutableDictionary<string, OutputFile> Render(IReadOnlySet<string> paths, ImmutableDictionary<string, SourceArticle> sources)
    {
        var (plan, style) = (current.Plan, current.Options.LinkStyle);
        var resolver = new LinkResolver(plan, style, _renderDiagnostics);
        var factory = new PageModelFactory(plan, current.Theme, style, plan.Config.BaseUrl);
        var pages = new PageRenderer(current.Theme, _renderDiagnostics);
        var files = current.Files.ToBuilder();
        foreach (var path in paths.Order(StringComparer.Ordinal))
        {
            var source = sources[path];
            var parsed = cache.Parse(source);
            foreach (var locale in plan.Locales)
            {
                if (plan.Find(locale.Locale.Code, source.Key) is not { } shown || shown.Source.FullPath != path) continue;
                var article = shown with { Source = source };
                var section = locale.Sections.First(s => s.Section.Id == source.Section);
                var html = ArticleRenderer.Render(parsed, article, resolver, current.Theme.Strings(article.Source.Language));
                var file = pages.Render(factory.Article(locale, section, html), article.SitePath, new PageOrigin(source.DisplayPath, html.Links));
                files[file.Path] = file;
                _touched.Add(file.Path);
            }
        }

        resolver.ReportMissingAnchors(path => cache.Parsed.TryGetValue(path, out var parsed) ? parsed.Ids : null);
        return files.ToImmutable();
    }
}
