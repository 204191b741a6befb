using HelpGen.Diagnostics;
using HelpGen.Output;

namespace HelpGen.Building;

/// <summary>
/// The outcome of a build: the site (null when there were errors, unless asked to keep it),
/// every diagnostic in order, and counts for the summary line.
/// </summary>
public sealed record BuildResult(SiteOutput? Output, IReadOnlyList<Diagnostic> Diagnostics, int LocaleCount, int PageCount)
{
    /// <summary>The loaded site.yml (after --base-url and locale selection), when it loaded.</summary>
    public HelpGen.Configuration.SiteConfig? Config { get; init; }

    /// <summary>True when nothing changed since the last build into the folder, which was kept as it is (no-change rebuild cache).</summary>
    public bool FromCache { get; init; }

    /// <summary>The pages taken unchanged from the previous build into the folder (an incremental build); the rest were rendered.</summary>
    public int KeptPages { get; init; }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>True when site.yml, the theme or the command line is unusable (exit code 2 rather than 1).</summary>
    public bool HasConfigurationErrors => Diagnostics.Any(d => d.IsError && d.Category == DiagnosticCategory.Configuration);
}
