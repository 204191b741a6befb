using System.Runtime.CompilerServices;

namespace HelpGen.Tests.TestSupport;

/// <summary>
/// A fact that needs Node.js 20 or later (<see cref="NodeJs"/>): skipped when it is missing, except under CI=true. The reason is
/// also put in the test's display name, so even <c>dotnet test</c>'s minimal output says why.
/// </summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute([CallerFilePath] string file = "", [CallerMemberName] string test = "")
    {
        Skip = NodeJs.Tool.SkipReason;
        if (Skip is not null) DisplayName = ExternalTool.SkippedName(file, test, Skip);
    }
}
