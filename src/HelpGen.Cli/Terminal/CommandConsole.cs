using System.CommandLine;
using HelpGen.Building;
using HelpGen.Cli.Commands;
using HelpGen.Diagnostics;

namespace HelpGen.Cli.Terminal;

/// <summary>
/// What one command run prints and where: results on stdout, diagnostics, progress and timings on stderr;
/// <c>--quiet</c> keeps only errors, <c>--verbose</c> adds stage timings. Live progress only on an interactive stderr.
/// </summary>
internal sealed class CommandConsole
{
    private CommandConsole(TextWriter output, TextWriter error, bool verbose, bool quiet)
    {
        Out = output;
        Error = error;
        IsVerbose = verbose;
        IsQuiet = quiet;
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public bool IsVerbose { get; }

    public bool IsQuiet { get; }

    public static CommandConsole From(ParseResult parse) => new(
        parse.InvocationConfiguration.Output,
        parse.InvocationConfiguration.Error,
        parse.GetValue<bool>(Verbosity.VerboseName),
        parse.GetValue<bool>(Verbosity.QuietName));

    /// <summary>Prints diagnostics to stderr; with <c>--quiet</c> only the errors.</summary>
    public void Diagnostics(IEnumerable<Diagnostic> diagnostics) =>
        Report.Diagnostics(IsQuiet ? diagnostics.Where(d => d.IsError) : diagnostics, Error);

    /// <summary>
    /// Prints a usage, configuration or environment error as a diagnostic (<c>helpgen: error HG0003: ...</c>, or
    /// <c>file:1:1: error ...</c> with <paramref name="file"/>) and returns <see cref="ExitCodes.Usage"/>.
    /// </summary>
    public int UsageError(string code, string message, string? file = null)
    {
        Diagnostics([new Diagnostic(Severity.Error, code, message, file)]);
        return ExitCodes.Usage;
    }

    /// <summary>Prints an error line to stderr, even with <c>--quiet</c>.</summary>
    public void Fail(string line) => Error.WriteLine(line);

    /// <summary>Prints a result or summary line to stdout, unless <c>--quiet</c>.</summary>
    public void Result(string line)
    {
        if (!IsQuiet) Out.WriteLine(line);
    }

    /// <summary>Runs work that reports progress: live on a terminal, plain lines otherwise, stage timings with <c>--verbose</c>.</summary>
    public T Track<T>(Func<IProgress<BuildProgress>, T> work) => TrackAsync(p => Task.FromResult(work(p))).GetAwaiter().GetResult();

    /// <inheritdoc cref="Track{T}"/>
    public async Task<T> TrackAsync<T>(Func<IProgress<BuildProgress>, Task<T>> work)
    {
        var timings = IsVerbose ? new StageTimings() : null;
        T result;
        if (!IsQuiet && TerminalCapabilities.ShowsLiveProgress(Error))
        {
            result = await LiveProgress.RunAsync(LiveProgress.ForStandardError(), live => RunClosing(work, live, timings));
        }
        else
        {
            result = await RunClosing(work, IsQuiet ? null : new PlainProgress(Error), timings);
        }

        timings?.WriteTo(Error);
        return result;
    }

    private static async Task<T> RunClosing<T>(Func<IProgress<BuildProgress>, Task<T>> work, IProgress<BuildProgress>? display, StageTimings? timings)
    {
        var relay = new ProgressRelay([.. new[] { display, timings }.OfType<IProgress<BuildProgress>>()]);
        try
        {
            return await work(relay);
        }
        finally
        {
            relay.Close();
        }
    }
}
