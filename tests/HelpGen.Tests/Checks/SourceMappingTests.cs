using HelpGen.Checks;
using HelpGen.Diagnostics;
using HelpGen.Output;
using static HelpGen.Tests.Checks.SiteOutputs;

namespace HelpGen.Tests.Checks;

public sealed class SourceMappingTests
{
    private const string Template = "<nav><a href=\"../\">Home</a><a href=\"../missing/\">Theme link</a></nav>";

    [Fact]
    public async Task Check_WithPageOrigin_ReportsMarkdownFileAndLine()
    {
        var origin = new PageOrigin("articles/en/faq/a.md", [new LinkOrigin("../b/", 7, 3), new LinkOrigin("../missing/", 12, 5)]);
        var site = Site(
            Page("en-us/faq/a/index.html", Template + "<main><a href=\"../b/\">b</a> <a href=\"../missing/\">gone</a></main>", origin),
            Page("en-us/faq/b/index.html", "b"),
            Page("en-us/faq/index.html", "faq"));

        var report = await new LinkChecker().CheckAsync(site, CheckOptions.Default);

        var fromBody = Assert.Single(report.Problems, p => p.File is not null);
        Assert.Equal(("articles/en/faq/a.md", 12, 5), (fromBody.File, fromBody.Line, fromBody.Column));
        Assert.Equal(DiagnosticCodes.BrokenLink, fromBody.Code);
        var fromTemplate = Assert.Single(report.Problems, p => p.File is null);
        Assert.Equal("en-us/faq/a/index.html", fromTemplate.Page);
    }

    [Fact]
    public async Task Check_SameArticleInTwoLocales_ReportsOnceWithFirstLocalePage()
    {
        var origin = new PageOrigin("articles/ru/faq/a.md", [new LinkOrigin("#нет-такого", 4, 1)]);
        var site = Site(
            Page("ru-kz/faq/a/index.html", "<h2 id=\"шаг\">Шаг</h2><a href=\"#нет-такого\">x</a>", origin),
            Page("ru-ru/faq/a/index.html", "<h2 id=\"шаг\">Шаг</h2><a href=\"#нет-такого\">x</a>", origin));

        var report = await new LinkChecker().CheckAsync(site, new CheckOptions(LocaleOrder: ["ru-ru", "ru-kz"]));

        var problem = Assert.Single(report.Problems);
        Assert.Equal(("ru-ru/faq/a/index.html", DiagnosticCodes.MissingAnchor, 4), (problem.Page, problem.Code, problem.Line));
    }

    [Fact]
    public async Task Check_RendererPercentEncodedTheHref_StillMapsTheSourceLine()
    {
        var origin = new PageOrigin("articles/ru/faq/a.md", [new LinkOrigin("#шаг-9", 6, 14)]);
        var site = Site(Page("ru-ru/faq/a/index.html", "<h2 id=\"шаг-1\">Шаг</h2><a href=\"#%D1%88%D0%B0%D0%B3-9\">x</a>", origin));

        var report = await new LinkChecker().CheckAsync(site, CheckOptions.Default);

        var problem = Assert.Single(report.Problems);
        Assert.Equal(("articles/ru/faq/a.md", 6, DiagnosticCodes.MissingAnchor), (problem.File, problem.Line, problem.Code));
    }

    [Fact]
    public async Task Check_BodyLinkNotInPage_DoesNotShiftLaterOrigins()
    {
        var origin = new PageOrigin("a.md", [new LinkOrigin("rewritten-away", 2, 1), new LinkOrigin("/img/x.png", 9, 2)]);
        var site = Site(Page("en-us/a/index.html", "<img src=\"/img/x.png\">", origin));

        var report = await new LinkChecker().CheckAsync(site, CheckOptions.Default);

        var problem = Assert.Single(report.Problems);
        Assert.Equal((DiagnosticCodes.MissingResource, 9), (problem.Code, problem.Line));
    }

    [Fact]
    public async Task WithBuildDiagnostics_AtTheLinksLineInTwoLocales_ReplacesCodeOnceAndKeepsPage()
    {
        var origin = new PageOrigin("articles/en/faq/a.md", [new LinkOrigin("../no-such/", 5, 9)]);
        var site = Site(Page("en-us/faq/a/index.html", "<a href=\"../no-such/\">x</a>", origin));
        var report = await new LinkChecker().CheckAsync(site, CheckOptions.Default);
        var diagnostics = new[]
        {
            new Diagnostic(Severity.Error, DiagnosticCodes.UnresolvedXref, "xref:faq/no-such names no article in en-us.", "articles/en/faq/a.md", 5, 9),
            new Diagnostic(Severity.Error, DiagnosticCodes.UnresolvedXref, "xref:faq/no-such names no article in en-gb.", "articles/en/faq/a.md", 5, 9),
            new Diagnostic(Severity.Error, DiagnosticCodes.FrontMatterMissingTitle, "Missing title.", "articles/en/faq/b.md"),
        };

        var merged = report.WithBuildDiagnostics(diagnostics);

        Assert.Equal(2, merged.Problems.Count);
        var xref = Assert.Single(merged.Problems, p => p.Code == DiagnosticCodes.UnresolvedXref);
        Assert.Equal(("unresolved-xref", "en-us/faq/a/index.html", "../no-such/", 5), (xref.Kind, xref.Page!, xref.Target!, xref.Line));
        Assert.EndsWith("en-us.", xref.Message, StringComparison.Ordinal);
        var content = Assert.Single(merged.Problems, p => p.Code == DiagnosticCodes.FrontMatterMissingTitle);
        Assert.Equal(("invalid-content", (string?)null, "articles/en/faq/b.md", 1), (content.Kind, content.Page, content.File!, content.Line));
        Assert.True(merged.HasErrors);
    }

    [Fact]
    public async Task WithBuildDiagnostics_ContentErrorOnALinksLine_KeepsTheLinkProblem()
    {
        var origin = new PageOrigin("a.md", [new LinkOrigin("../gone/", 3, 1)]);
        var site = Site(Page("en-us/faq/a/index.html", "<a href=\"../gone/\">x</a>", origin));
        var report = await new LinkChecker().CheckAsync(site, CheckOptions.Default);

        var merged = report.WithBuildDiagnostics([new Diagnostic(Severity.Error, DiagnosticCodes.FrontMatterInvalidValue, "Bad value.", "a.md", 3, 1)]);

        Assert.Equal([DiagnosticCodes.FrontMatterInvalidValue, DiagnosticCodes.BrokenLink], merged.Problems.Select(p => p.Code).Order(StringComparer.Ordinal));
    }
}
