namespace HelpGen.Tests.TestSupport;

/// <summary>How the tests find Chromium and Node.js: the variable first and authoritative, then PATH, then known places.</summary>
public sealed class ToolLocatorTests
{
    [Fact]
    public void Chromium_FromTheVariable_WinsOverEverythingElse()
    {
        var tool = Chromium.Locate(Locator(new() { ["HELPGEN_CHROMIUM"] = "/opt/my/chrome", ["PATH"] = "/usr/bin" }, "/opt/my/chrome", "/usr/bin/chromium"));

        Assert.Equal("/opt/my/chrome", tool.Path);
    }

    [Fact]
    public void Chromium_WhenTheVariableNamesNothing_IsMissingWithThatReason()
    {
        var tool = Chromium.Locate(Locator(new() { ["HELPGEN_CHROMIUM"] = "/nowhere/chrome", ["PATH"] = "/usr/bin" }, "/usr/bin/chromium"));

        Assert.False(tool.IsFound);
        Assert.Contains("HELPGEN_CHROMIUM is set to '/nowhere/chrome', which does not exist", tool.MissingMessage);
    }

    [Fact]
    public void Chromium_OnPath_ComesBeforeFixedLocations()
    {
        var tool = Chromium.Locate(Locator(new() { ["PATH"] = "/home/me/bin:/usr/bin" }, "/home/me/bin/google-chrome", "/usr/bin/chromium"));

        Assert.Equal("/home/me/bin/google-chrome", tool.Path);
    }

    [Fact]
    public void Chromium_WithoutPathOrVariable_IsFoundAtAUsualLocation()
    {
        var tool = Chromium.Locate(Locator(new() { ["PATH"] = "/nothing" }, "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"));

        Assert.Equal("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome", tool.Path);
    }

    [Fact]
    public void Chromium_InPlaywrightsCache_IsFoundLast()
    {
        var cache = Path.Combine(Path.GetTempPath(), "helpgen-pw-" + Guid.NewGuid().ToString("N"));
        var chrome = Path.Combine(cache, "chromium-1234", "chrome-linux64", "chrome");
        Directory.CreateDirectory(Path.GetDirectoryName(chrome)!);
        try
        {
            var tool = Chromium.Locate(Locator(new() { ["PATH"] = "/nothing", ["PLAYWRIGHT_BROWSERS_PATH"] = cache }, chrome));

            Assert.Equal(chrome, tool.Path);
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public void Node_OlderThan20_IsMissingWithItsVersion()
    {
        var tool = NodeJs.Locate(Locator(new() { ["PATH"] = "/usr/bin" }, "/usr/bin/node"), _ => 18);

        Assert.False(tool.IsFound);
        Assert.Contains("/usr/bin/node is Node.js 18", tool.MissingMessage);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("false", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Ci_IsAnyValueButEmptyFalseOrZero(string? value, bool expected) =>
        Assert.Equal(expected, ExternalTool.IsCi(value));

    [Fact]
    public void MissingTool_OutsideCi_GivesAVisibleSkipReason()
    {
        var tool = new ExternalTool("Chromium", null, "not at /usr/bin/chromium", "install it");

        Assert.Equal(ExternalTool.OnCi ? null : "Chromium not found. not at /usr/bin/chromium. install it", tool.SkipReason);
    }

    [Fact]
    public void SkippedTest_CarriesTheReasonInItsName() =>
        Assert.Equal("SearchBrowserTests.EscapeKey (skipped: no browser)", ExternalTool.SkippedName("/src/tests/Search/SearchBrowserTests.cs", "EscapeKey", "no browser"));

    private static ToolLocator Locator(Dictionary<string, string?> environment, params string[] existing) =>
        new(name => environment.GetValueOrDefault(name), path => existing.Contains(path));
}
