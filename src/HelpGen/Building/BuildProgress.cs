namespace HelpGen.Building;

/// <summary>
/// How far a long run is, for a progress display: the stage and how many of its items are done. Stages report
/// <c>Done = 0</c> when they start and <c>Done = Total</c> when they end; <see cref="Item"/> names a sub-row of a
/// stage (the host of external links) whose own counts these are. The library reports; only the CLI prints.
/// </summary>
/// <param name="Stage">One of the stage names below.</param>
/// <param name="Done">Items finished so far.</param>
/// <param name="Total">Items in the stage; 0 while unknown.</param>
/// <param name="Item">A part of the stage (e.g. one host), or null for the stage as a whole.</param>
public sealed record BuildProgress(string Stage, int Done, int Total, string? Item = null)
{
    public const string Content = "read content";
    public const string Markdown = "parse Markdown";
    public const string Pages = "render pages";
    public const string Search = "search index";
    public const string CheckPages = "check pages";
    public const string ExternalLinks = "external links";
    public const string Zip = "zip";

    /// <summary>Reports the start of a stage (nothing done yet).</summary>
    public static void Start(IProgress<BuildProgress>? progress, string stage, int total) =>
        progress?.Report(new BuildProgress(stage, 0, total));

    /// <summary>Reports one more finished item of a stage from any thread; <paramref name="done"/> is the shared counter.</summary>
    public static void Step(IProgress<BuildProgress>? progress, string stage, ref int done, int total)
    {
        if (progress is null) return;
        progress.Report(new BuildProgress(stage, Interlocked.Increment(ref done), total));
    }
}
