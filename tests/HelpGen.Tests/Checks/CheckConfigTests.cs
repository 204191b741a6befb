using HelpGen.Configuration;
using HelpGen.Diagnostics;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Checks;

/// <summary>site.yml's <c>check:</c> settings.</summary>
public sealed class CheckConfigTests
{
    [Fact]
    public void Parse_WithPrettyUrlsTrue_TurnsThemOn()
    {
        var (config, diagnostics) = Parse("check:\n  prettyUrls: true\n");

        Assert.Empty(diagnostics);
        Assert.True(config!.Check.PrettyUrls);
    }

    [Fact]
    public void Parse_WithoutCheckSection_LeavesPrettyUrlsOff()
    {
        var (config, _) = Parse(string.Empty);

        Assert.False(config!.Check.PrettyUrls);
    }

    [Fact]
    public void Parse_WithPrettyUrlsNotABoolean_ReportsHG0003AtTheValue()
    {
        var (_, diagnostics) = Parse("check:\n  prettyUrls: sometimes\n");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.ConfigInvalidValue, Severity.Error), (diagnostic.Code, diagnostic.Severity));
        Assert.Equal(Yaml("check:\n  prettyUrls: sometimes\n").Split('\n').ToList().FindIndex(l => l.Contains("prettyUrls")) + 1, diagnostic.Line);
    }

    private static (SiteConfig? Config, IReadOnlyList<Diagnostic> Diagnostics) Parse(string extra)
    {
        var bag = new DiagnosticBag();
        var config = SiteConfigLoader.Parse(Yaml(extra), "site.yml", bag);
        return (config, bag.Sorted);
    }

    private static string Yaml(string extra) => TempSite.StandardConfig.TrimEnd('\n') + "\n" + extra;
}
