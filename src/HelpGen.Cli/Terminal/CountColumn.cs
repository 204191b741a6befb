using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace HelpGen.Cli.Terminal;

/// <summary>A progress column with the items done and the total ("1,204/3,049"), blank while the total is unknown.</summary>
internal sealed class CountColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        task.IsIndeterminate
            ? Text.Empty
            : new Text(string.Create(CultureInfo.InvariantCulture, $"{task.Value:N0}/{task.MaxValue:N0}"));
}
