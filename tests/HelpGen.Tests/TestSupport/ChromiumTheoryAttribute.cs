namespace HelpGen.Tests.TestSupport;

/// <summary>A theory that needs Chromium or Chrome (<see cref="Chromium"/>): skipped with the reason when it is missing, except under CI=true.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        Skip = Chromium.Tool.SkipReason;
    }
}
