using HelpGen.Building;
using Spectre.Console;

namespace HelpGen.Cli.Terminal;

/// <summary>
/// Live progress on an interactive stderr through Spectre.Console: one row per stage with its bar and counts, one
/// row per host while external links to it are in flight. Rows disappear when done; the display clears at the end.
/// </summary>
internal sealed class LiveProgress : IProgress<BuildProgress>
{
    private readonly ProgressContext _context;
    private readonly Dictionary<string, ProgressTask> _rows = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private ProgressTask? _stage;

    private LiveProgress(ProgressContext context)
    {
        _context = context;
    }

    /// <summary>Runs <paramref name="work"/> under a live display on <paramref name="console"/>.</summary>
    public static Task<T> RunAsync<T>(IAnsiConsole console, Func<IProgress<BuildProgress>, Task<T>> work) =>
        console.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new CountColumn(), new ElapsedTimeColumn())
            .StartAsync(context => work(new LiveProgress(context)));

    /// <summary>A Spectre console writing to the process's stderr.</summary>
    public static IAnsiConsole ForStandardError() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.Detect,
        ColorSystem = ColorSystemSupport.Detect,
        Interactive = InteractionSupport.Detect,
        Out = new AnsiConsoleOutput(Console.Error),
    });

    public void Report(BuildProgress value)
    {
        lock (_gate)
        {
            var key = value.Item is null ? value.Stage : value.Stage + "\n" + value.Item;
            var added = !_rows.TryGetValue(key, out var row);
            if (added)
            {
                row = _context.AddTask(Markup.Escape(value.Item is null ? value.Stage : "  " + value.Item));
                _rows[key] = row;
                if (value.Item is null) StartStage(row);
            }

            row!.IsIndeterminate = value.Total == 0;
            row.MaxValue = Math.Max(1, value.Total);
            row.Value = value.Done;
            if (value.Item is not null && value.Total > 0 && value.Done >= value.Total) _context.RemoveTask(row);
            if (added) _context.Refresh(); // draw a new stage at once; counts follow at the refresh rate
        }
    }

    /// <summary>Stages run one after another: a new one finishes the one before, even if it never reported its end.</summary>
    private void StartStage(ProgressTask row)
    {
        if (_stage is { } previous)
        {
            previous.Value = previous.MaxValue;
            previous.StopTask();
        }

        _stage = row;
    }
}
