namespace HelpGen;

/// <summary>
/// How the stages run in parallel: at most one loop worker per core. Without a cap a loop takes every thread the
/// pool has, and the preview keeps extra threads ready so that requests are answered during a rebuild; a loop that
/// took those too would leave requests queued behind its own work for seconds.
/// </summary>
internal static class Parallelism
{
    /// <summary>Loop options for a stage: one worker per core.</summary>
    public static ParallelOptions Options => new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    /// <summary>The same, stopped by <paramref name="cancel"/>.</summary>
    public static ParallelOptions With(CancellationToken cancel) => new() { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancel };
}
