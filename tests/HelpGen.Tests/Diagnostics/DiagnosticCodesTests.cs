using System.Reflection;
using HelpGen.Building;
using HelpGen.Diagnostics;

namespace HelpGen.Tests.Diagnostics;

public sealed class DiagnosticCodesTests
{
    private static readonly FieldInfo[] Constants = typeof(DiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .ToArray();

    [Fact]
    public void EveryCode_HasACategoryAndTitleAndIsUnique()
    {
        Assert.All(Constants, f => Assert.True(f.GetCustomAttribute<DiagnosticCodeAttribute>() is { Title.Length: > 0 }, $"{f.Name} has no [DiagnosticCode]"));
        var values = Constants.Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.Equal(values.Count, values.Distinct().Count());
        Assert.Equal(values.Order(StringComparer.Ordinal), DiagnosticCodes.All.Select(c => c.Key));
    }

    [Theory]
    [InlineData(DiagnosticCodes.ConfigInvalidValue, DiagnosticCategory.Configuration, "invalid-config")]
    [InlineData(DiagnosticCodes.ThemeInvalid, DiagnosticCategory.Configuration, "invalid-config")]
    [InlineData(DiagnosticCodes.FrontMatterUnclosed, DiagnosticCategory.Content, "invalid-content")]
    [InlineData(DiagnosticCodes.BrokenLink, DiagnosticCategory.Link, "broken-link")]
    [InlineData(DiagnosticCodes.UnresolvedXref, DiagnosticCategory.Link, "unresolved-xref")]
    [InlineData(DiagnosticCodes.NameIdClash, DiagnosticCategory.Link, "name-id-clash")]
    public void Diagnostic_TakesCategoryAndKindFromItsCode(string code, DiagnosticCategory category, string kind)
    {
        var diagnostic = new Diagnostic(Severity.Error, code, "m");

        Assert.Equal((category, kind), (diagnostic.Category, diagnostic.Kind));
    }

    [Theory]
    [InlineData(DiagnosticCodes.ThemeInvalid, true)]
    [InlineData(DiagnosticCodes.FrontMatterInvalidYaml, false)]
    [InlineData(DiagnosticCodes.UnresolvedXref, false)]
    public void BuildResult_ConfigurationErrors_AreThoseOfTheConfigurationCategory(string code, bool configuration)
    {
        var result = new BuildResult(null, [new Diagnostic(Severity.Error, code, "m", "a.md")], 0, 0);

        Assert.Equal(configuration, result.HasConfigurationErrors);
    }

    [Fact]
    public void ToString_CheckFindingWithoutFile_NamesItsPage()
    {
        var diagnostic = new Diagnostic(Severity.Error, DiagnosticCodes.BrokenLink, "gone.", Page: "en-us/index.html", Target: "/x/");

        Assert.Equal("en-us/index.html: error HG2001: gone.", diagnostic.ToString());
    }
}
