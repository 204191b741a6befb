using System.Runtime.CompilerServices;

namespace HelpGen.Tests.TestSupport;

/// <summary>
/// A fact that needs Chromium or Chrome (<see cref="Chromium"/>): skipped when it is missing, except under CI=true. The reason is
/// also put in the test's display name, so even <c>dotnet test</c>'s minimal output says why.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute([CallerFilePath] string file = "", [CallerMemberName] string test = "")
    {
        Skip = Chromium.Tool.SkipReason;
        if (Skip is not null) DisplayName = ExternalTool.SkippedName(file, test, Skip);
    }
}
