using HelpGen.Diagnostics;

namespace HelpGen.Tests.Diagnostics;

public sealed class DisplayPathsTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "helpgen-display-root");

    [Fact]
    public void For_PathInsideTheRoot_IsRelativeWithSlashes()
    {
        var paths = new DisplayPaths(Root);

        Assert.Equal("src/en/faq/a.md", paths.For(Path.Combine(Root, "src", "en", "faq", "a.md")));
    }

    [Fact]
    public void For_PathOutsideTheRootOrWithoutRoot_IsFull()
    {
        var outside = Path.Combine(Path.GetTempPath(), "elsewhere", "a.md");

        Assert.Equal(Path.GetFullPath(outside).Replace('\\', '/'), new DisplayPaths(Root).For(outside));
        Assert.Equal(Path.GetFullPath(outside).Replace('\\', '/'), DisplayPaths.Full.For(outside));
    }
}
