using HelpGen.Content;
using HelpGen.Diagnostics;

namespace HelpGen.Tests.Content;

public sealed class FrontMatterParserTests
{
    private static (FrontMatter? FrontMatter, IReadOnlyList<Diagnostic> Diagnostics, string Body, int BodyLine) Parse(string text)
    {
        var bag = new DiagnosticBag();
        var frontMatter = FrontMatterParser.Parse(text, "en/faq/a.md", bag, out var bodyStart, out var bodyLine);
        return (frontMatter, bag.Sorted, text[bodyStart..], bodyLine);
    }

    [Fact]
    public void Parse_WithEveryField_ReadsTypedValues()
    {
        var (frontMatter, diagnostics, body, bodyLine) = Parse(
            "---\ntitle: Sign up\nsummary: How to join.\norder: 2\ncountries: [kz, RU]\ntags: [join, sponsor]\naliases: [/old/sign-up.html]\nupdated: 2026-10-15\ndraft: true\n---\n\n# Body\n");

        Assert.Empty(diagnostics);
        Assert.Equal(("Sign up", "How to join.", 2, "2026-10-15", true), (frontMatter!.Title, frontMatter.Summary, frontMatter.Order, frontMatter.Updated, frontMatter.Draft));
        Assert.Equal(["/old/sign-up.html"], frontMatter.Aliases);
        Assert.Equal(["KZ", "RU"], frontMatter!.Countries);
        Assert.Equal(["join", "sponsor"], frontMatter.Tags);
        Assert.Equal("\n# Body\n", body);
        Assert.Equal(11, bodyLine);
    }

    [Fact]
    public void Parse_WithUnclosedFrontMatter_ReportsHG1001AtTheStart()
    {
        var (frontMatter, diagnostics, _, _) = Parse("---\ntitle: Sign up\n\n# Body\n");

        Assert.Null(frontMatter);
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.FrontMatterUnclosed, 1, 1), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Parse_WithMalformedYaml_ReportsHG1002OnTheFileLineOfTheError()
    {
        var (frontMatter, diagnostics, _, _) = Parse("---\ntitle: Sign up\nsummary: one: two\norder: 1\n---\nBody\n");

        Assert.Null(frontMatter);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterInvalidYaml, error.Code);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Parse_WithUnclosedFlowList_ReportsHG1002InsideTheFrontMatter()
    {
        var (frontMatter, diagnostics, _, _) = Parse("---\ntitle: Sign up\ntags: [a, b\n---\nBody\n");

        Assert.Null(frontMatter);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterInvalidYaml, error.Code);
        Assert.InRange(error.Line, 2, 4);
    }

    [Theory]
    [InlineData("---\nsummary: no title\n---\nBody\n")]
    [InlineData("---\ntitle: \"  \"\n---\nBody\n")]
    [InlineData("# Just Markdown\n\nNo front matter.\n")]
    [InlineData("---\n- a list\n---\nBody\n")]
    public void Parse_WithoutTitle_ReportsHG1003(string text)
    {
        var (frontMatter, diagnostics, _, _) = Parse(text);

        Assert.Null(frontMatter);
        Assert.Equal(DiagnosticCodes.FrontMatterMissingTitle, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Parse_WithoutTitleKey_ReportsAtLineOneColumnOne()
    {
        var error = Assert.Single(Parse("---\nsummary: x\n---\n").Diagnostics);

        Assert.Equal((1, 1), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("order: first", 3)]
    [InlineData("countries: [KZ, XX]", 3)]
    [InlineData("countries: [kaz]", 3)]
    [InlineData("updated: 2026-13-45", 3)]
    [InlineData("updated: last week", 3)]
    [InlineData("draft: maybe", 3)]
    [InlineData("tags: { a: b }", 3)]
    public void Parse_WithBadValue_ReportsHG1004OnItsLine(string line, int expectedLine)
    {
        var (frontMatter, diagnostics, _, _) = Parse($"---\ntitle: A\n{line}\n---\nBody\n");

        Assert.Null(frontMatter);
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.FrontMatterInvalidValue, expectedLine), (error.Code, error.Line));
    }

    [Fact]
    public void Parse_WithUnknownKey_WarnsOnItsLineAndKeepsTheArticle()
    {
        var (frontMatter, diagnostics, _, _) = Parse("---\ntitle: A\nauthor: Bob\n---\n");

        Assert.NotNull(frontMatter);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.FrontMatterInvalidValue, 3), (warning.Severity, warning.Code, warning.Line));
    }

    [Fact]
    public void Parse_WithDateTime_KeepsTheDateOnly()
    {
        Assert.Equal("2026-01-02", Parse("---\ntitle: A\nupdated: 2026-01-02T10:00:00\n---\n").FrontMatter!.Updated);
    }
}
