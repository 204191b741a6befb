using HelpGen.Content;
using HelpGen.Diagnostics;

namespace HelpGen.Preview;

/// <summary>The pieces of an incremental rebuild: which front matter changes it can take, and its diagnostics.</summary>
internal sealed partial class IncrementalRebuild
{
    /// <summary>Codes that reading one article can report (replaced when the article is read again).</summary>
    private static readonly HashSet<string> ReadCodes =
    [
        DiagnosticCodes.FrontMatterUnclosed, DiagnosticCodes.FrontMatterInvalidYaml, DiagnosticCodes.FrontMatterMissingTitle,
        DiagnosticCodes.FrontMatterInvalidValue, DiagnosticCodes.InvalidUtf8, DiagnosticCodes.EmptyFile, DiagnosticCodes.UnreadableFile,
    ];

    /// <summary>Codes that rendering one article's pages can report (replaced when its pages are rendered again).</summary>
    private static readonly HashSet<string> RenderCodes =
    [
        DiagnosticCodes.UnresolvedXref, DiagnosticCodes.MissingAnchor, DiagnosticCodes.MissingResource, DiagnosticCodes.ThemeRenderFailed,
    ];

    /// <summary>
    /// True when the fields that other pages show or that decide where the article appears are unchanged:
    /// title, summary, order, countries, aliases, draft, and the line where the body starts.
    /// </summary>
    private static bool SameShape(SourceArticle old, SourceArticle fresh)
    {
        var (a, b) = (old.FrontMatter, fresh.FrontMatter);
        return old.BodyLine == fresh.BodyLine
            && a.Title == b.Title
            && a.Summary == b.Summary
            && a.Order == b.Order
            && a.Draft == b.Draft
            && a.Countries.SequenceEqual(b.Countries, StringComparer.Ordinal)
            && a.Aliases.SequenceEqual(b.Aliases, StringComparer.Ordinal);
    }

    private static List<Diagnostic> Without(IEnumerable<Diagnostic> diagnostics, IReadOnlySet<string> files, IReadOnlySet<string> codes) =>
        diagnostics.Where(d => d.File is null || !files.Contains(d.File) || !codes.Contains(d.Code)).ToList();

    private static IReadOnlyList<Diagnostic> Sorted(IEnumerable<Diagnostic> kept, DiagnosticBag added)
    {
        var bag = new DiagnosticBag();
        bag.AddRange(kept);
        bag.AddRange(added.Sorted);
        return bag.Sorted;
    }
}
