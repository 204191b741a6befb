using HelpGen.Diagnostics;
using HelpGen.Output;

namespace HelpGen.Preview;

/// <summary>
/// Which served files differ between two states, for live reload. Pages are rendered on request, so only the pages
/// the earlier state rendered (those open in browsers, <see cref="PageMemo"/>) are rendered again in the new state and
/// compared byte for byte (which also warms the new state's memo); pages that appeared or disappeared, theme files
/// and whole-site files are compared directly. A page no browser asked for cannot be open, so it needs no message.
/// </summary>
internal static class PageChanges
{
    /// <param name="diagnostics">Receives what rendering the remembered pages in <paramref name="after"/> reported.</param>
    public static IReadOnlyList<string> Between(PreviewState before, PreviewState after, DiagnosticBag diagnostics)
    {
        var changed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var old in before.Memo.Files)
        {
            if (Differs(old, after.Find(old.Path, diagnostics))) changed.Add(old.Path);
        }

        if (!ReferenceEquals(before.Snapshot, after.Snapshot))
        {
            var (was, now) = (before.Snapshot.Pages.Paths.ToHashSet(StringComparer.Ordinal), after.Snapshot.Pages.Paths.ToHashSet(StringComparer.Ordinal));
            changed.UnionWith(was.Except(now).Concat(now.Except(was)));
            if (!ReferenceEquals(before.Snapshot.Theme, after.Snapshot.Theme)) changed.UnionWith(ChangedThemeFiles(before, after, now));
        }

        if (!ReferenceEquals(before.Site, after.Site))
        {
            var paths = before.Site.Files.Paths.Concat(after.Site.Files.Paths).Distinct();
            changed.UnionWith(paths.Where(p => before.Site.Files.Differs(after.Site.Files, p)));
        }

        return [.. changed];
    }

    private static IEnumerable<string> ChangedThemeFiles(PreviewState before, PreviewState after, IReadOnlySet<string> paths)
    {
        var bag = new DiagnosticBag();
        return after.Snapshot.Theme.Assets.Select(a => a.SitePath)
            .Where(p => paths.Contains(p) && Differs(before.Render(p, bag), after.Render(p, bag)));
    }

    private static bool Differs(OutputFile? before, OutputFile? after) =>
        before is null || after is null || (!ReferenceEquals(before, after) && !before.Content.AsSpan().SequenceEqual(after.Content));
}
