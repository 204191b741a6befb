namespace HelpGen.Tests.Search;

/// <summary>A fact that needs Node.js: skipped, with a message saying so, only when <c>node</c> is not on the PATH.</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (!SearchTestSupport.NodeIsInstalled())
        {
            Skip = "node is not installed, so search.js cannot run: install Node.js 20 or later";
        }
    }
}

/// <summary>A theory that needs Node.js: skipped, with a message saying so, only when <c>node</c> is not on the PATH.</summary>
public sealed class NodeTheoryAttribute : TheoryAttribute
{
    public NodeTheoryAttribute()
    {
        if (!SearchTestSupport.NodeIsInstalled())
        {
            Skip = "node is not installed, so search.js cannot run: install Node.js 20 or later";
        }
    }
}
