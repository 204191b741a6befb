namespace HelpGen.Tests.TestSupport;

/// <summary>A fact that needs Chromium or Chrome (<see cref="Chromium"/>): skipped with the reason when it is missing, except under CI=true.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        Skip = Chromium.Tool.SkipReason;
    }
}
