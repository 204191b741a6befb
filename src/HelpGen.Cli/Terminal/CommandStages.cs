using HelpGen.Building;

namespace HelpGen.Cli.Terminal;

/// <summary>Stages the CLI runs itself around the library's (writing the zip, starting the server), reported like theirs.</summary>
internal static class CommandStages
{
    public const string WriteZip = "write zip";
    public const string StartServer = "start server";

    /// <summary>Reports <paramref name="stage"/> (of <paramref name="items"/> items) as started, runs <paramref name="work"/>, reports it done.</summary>
    public static void Run(IProgress<BuildProgress> progress, string stage, int items, Action work)
    {
        progress.Report(new BuildProgress(stage, 0, items));
        work();
        progress.Report(new BuildProgress(stage, items, items));
    }

    /// <summary>Reports <paramref name="stage"/> as started, awaits <paramref name="work"/>, reports it done (no item count).</summary>
    public static async Task<T> RunAsync<T>(IProgress<BuildProgress> progress, string stage, Func<Task<T>> work)
    {
        progress.Report(new BuildProgress(stage, 0, 0));
        var result = await work();
        progress.Report(new BuildProgress(stage, 0, 0));
        return result;
    }
}
