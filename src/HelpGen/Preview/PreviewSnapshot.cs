using System.Collections.Immutable;
using HelpGen.Building;
using HelpGen.Content;
using HelpGen.Diagnostics;
using HelpGen.Output;
using HelpGen.Theming;

namespace HelpGen.Preview;

/// <summary>
/// One accepted state of the preview: the plan and theme it was built from, every output file by path,
/// the diagnostics of that build, the heading ids each article had (to see when links into it need checking again)
/// and the loaded articles by full path. Immutable; a rebuild makes a new snapshot.
/// </summary>
internal sealed record PreviewSnapshot(
    BuildOptions Options,
    SitePlan Plan,
    Theme Theme,
    ImmutableDictionary<string, OutputFile> Files,
    IReadOnlyList<Diagnostic> Diagnostics,
    ImmutableDictionary<string, IReadOnlySet<string>> AnchorIds,
    ImmutableDictionary<string, SourceArticle> SourcesByPath)
{
    /// <summary>The errors, without positions: two builds have "the same errors" when these match.</summary>
    public IReadOnlySet<(string Code, string? File, string Message)> ErrorKeys =>
        Diagnostics.Where(d => d.IsError).Select(d => (d.Code, d.File, d.Message)).ToHashSet();

    public SiteOutput ToSiteOutput() => new(Files.Values);
}
