namespace HelpGen.Tests.TestSupport;

/// <summary>A fact that needs Node.js 20 or later (<see cref="NodeJs"/>): skipped with the reason when it is missing, except under CI=true.</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        Skip = NodeJs.Tool.SkipReason;
    }
}
