using HelpGen.Diagnostics;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Markdown;

/// <summary>Pathological Markdown is one HG1021 at its file; the other pages still build.</summary>
public sealed class NestingLimitTests
{
    public static TheoryData<string, string> Bodies => new()
    {
        { "quotes", new string('>', 10_000) + " deep" },
        { "lists", string.Concat(Enumerable.Repeat("- ", 10_000)) + "deep" },
        { "emphasis", new string('*', 5_000) + "x" + new string('*', 5_000) },
        { "moderate", string.Concat(Enumerable.Repeat("> ", 101)) + "just over the limit" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Build_WithTenThousandLevelsOfNesting_ReportsOneDiagnosticAtThatFileAndBuildsTheOthers(string name, string body)
    {
        using var site = TempSite.Create($"-- en/faq/good.md --\n---\ntitle: Good\n---\nFine.\n-- en/faq/{name}.md --\n---\ntitle: Deep\n---\n{body}\n");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.MarkdownTooComplex, error.Code);
        Assert.EndsWith($"en/faq/{name}.md", error.File);
        Assert.Equal(4, error.Line);
        Assert.Contains(result.Output!.Files, f => f.Path == "en-us/faq/good/index.html");
    }

    [Fact]
    public void Build_WithNestingWellWithinTheLimit_RendersIt()
    {
        using var site = TempSite.Create($"-- en/faq/ok.md --\n---\ntitle: Ok\n---\n{string.Concat(Enumerable.Repeat("> ", 40))}forty quotes\n");

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        var page = System.Text.Encoding.UTF8.GetString(result.Output!.Files.Single(f => f.Path == "en-us/faq/ok/index.html").Content);
        Assert.Contains("forty quotes", page);
    }
}
