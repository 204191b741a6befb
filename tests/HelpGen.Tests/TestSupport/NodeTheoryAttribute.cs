namespace HelpGen.Tests.TestSupport;

/// <summary>A theory that needs Node.js 20 or later (<see cref="NodeJs"/>): skipped with the reason when it is missing, except under CI=true.</summary>
public sealed class NodeTheoryAttribute : TheoryAttribute
{
    public NodeTheoryAttribute()
    {
        Skip = NodeJs.Tool.SkipReason;
    }
}
