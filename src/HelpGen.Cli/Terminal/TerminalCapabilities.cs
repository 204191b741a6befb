namespace HelpGen.Cli.Terminal;

/// <summary>
/// Decides whether a run may draw live progress or colour: only on the process's own, interactive stream, and never
/// in CI (<c>CI=true</c>), with <c>NO_COLOR</c> or with <c>TERM=dumb</c>, so logs and redirected output stay plain lines.
/// </summary>
internal static class TerminalCapabilities
{
    /// <summary>True when <paramref name="error"/> is the real stderr of an interactive terminal in a plain-friendly environment.</summary>
    public static bool ShowsLiveProgress(TextWriter error) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected && AllowsDecoration(Environment.GetEnvironmentVariable);

    /// <summary>True when <paramref name="output"/> is the real stdout of an interactive terminal that may show colour.</summary>
    public static bool UsesColor(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AllowsDecoration(Environment.GetEnvironmentVariable);

    /// <summary>False under CI, NO_COLOR (any value) or TERM=dumb: the environment asks for plain text.</summary>
    public static bool AllowsDecoration(Func<string, string?> environment)
    {
        var ci = environment("CI");
        var isCi = !string.IsNullOrEmpty(ci) && !ci.Equals("false", StringComparison.OrdinalIgnoreCase) && ci != "0";
        return !isCi
            && string.IsNullOrEmpty(environment("NO_COLOR"))
            && !string.Equals(environment("TERM"), "dumb", StringComparison.Ordinal);
    }
}
