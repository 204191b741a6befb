namespace HelpGen.Cli.Commands;

/// <summary>
/// Environment switches that only tests set, inert without them: <c>HELPGEN_TEST_PAUSE_AT=phase</c> makes a build
/// create <c>HELPGEN_TEST_PAUSE_FILE</c> at that phase of writing the site and wait while the file exists (so a test
/// can kill it there); <c>HELPGEN_TEST_NO_EXCHANGE=1</c> forces the two-rename swap instead of the atomic exchange.
/// </summary>
internal static class TestHooks
{
    public static bool AllowExchange => Environment.GetEnvironmentVariable("HELPGEN_TEST_NO_EXCHANGE") != "1";

    /// <summary>The checkpoint to give the site writer: null unless a test asked for a pause.</summary>
    public static Action<string>? Checkpoint()
    {
        var phase = Environment.GetEnvironmentVariable("HELPGEN_TEST_PAUSE_AT");
        var file = Environment.GetEnvironmentVariable("HELPGEN_TEST_PAUSE_FILE");
        if (string.IsNullOrEmpty(phase) || string.IsNullOrEmpty(file)) return null;
        return reached =>
        {
            if (reached != phase) return;
            File.WriteAllText(file, reached);
            for (var waited = 0; File.Exists(file) && waited < 1200; waited++) Thread.Sleep(100);
        };
    }
}
