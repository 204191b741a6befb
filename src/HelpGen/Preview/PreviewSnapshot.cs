using HelpGen.Building;
using HelpGen.Content;
using HelpGen.Diagnostics;
using HelpGen.Theming;

namespace HelpGen.Preview;

/// <summary>
/// The result of one run of the preview's stages (<see cref="PreviewStages"/>): the options, the plan (with the
/// configuration and content it came from), the theme, every shown article's outline and links by full path (null
/// until parsed: the first snapshot is served before its articles are parsed), the
/// pages by site path, and the diagnostics of every stage up to checking the pages' links. Immutable; each rebuild
/// makes a new snapshot. Pages are not in it: they are rendered on request (<see cref="PreviewState"/>).
/// </summary>
internal sealed record PreviewSnapshot(
    BuildOptions Options,
    SitePlan Plan,
    Theme Theme,
    IReadOnlyDictionary<string, ArticleParse>? Parses,
    PageIndex Pages,
    IReadOnlyList<Diagnostic> Diagnostics);
