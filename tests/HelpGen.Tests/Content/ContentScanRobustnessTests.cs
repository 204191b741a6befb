using HelpGen.Diagnostics;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Content;

/// <summary>Hostile source folders: FIFOs, link loops, absurdly deep folders, case-only duplicates, NFD names.</summary>
public sealed class ContentScanRobustnessTests
{
    private const string Good = "-- en/faq/good.md --\n---\ntitle: Good\n---\nFine.\n";

    [Fact]
    public void Build_WithFifosInArticlesAndAssets_SkipsThemWithAWarningInsteadOfHanging()
    {
        using var site = TempSite.Create(Good + "-- assets/logo.svg --\n<svg/>\n");
        Shell.Run(site.Source, "mkfifo en/faq/pipe.md assets/pipe.css");

        var result = site.Build();

        var warnings = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.NotARegularFile).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Contains(warnings, d => d.File!.EndsWith("en/faq/pipe.md", StringComparison.Ordinal));
        Assert.Contains(result.Output!.Files, f => f.Path == "assets/logo.svg");
        Assert.DoesNotContain(result.Output.Files, f => f.Path == "assets/pipe.css");
    }

    [Fact]
    public void Build_WithSymbolicLinkLoops_ReportsEachLoopOnceAndNothingElse()
    {
        using var site = TempSite.Create(Good + "-- assets/sub/a.txt --\na\n");
        Directory.CreateSymbolicLink(site.Path("assets/sub/self"), ".");
        Directory.CreateSymbolicLink(site.Path("assets/up"), "..");
        File.CreateSymbolicLink(site.Path("assets/loop1"), "loop2");
        File.CreateSymbolicLink(site.Path("assets/loop2"), "loop1");

        var result = site.Build();

        var loops = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.SymlinkLoop).Select(d => d.File![(d.File!.IndexOf("assets/", StringComparison.Ordinal))..]).Order(StringComparer.Ordinal);
        Assert.Equal(["assets/loop1", "assets/loop2", "assets/sub/self", "assets/up"], loops);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.SymlinkOutsideSource);
        Assert.Contains(result.Output!.Files, f => f.Path == "assets/sub/a.txt");
    }

    [Fact]
    public void Build_With2000DeepAssetFolders_ReportsOneDiagnosticAndBuildsTheRest()
    {
        using var site = TempSite.Create(Good + "-- assets/top.txt --\nt\n");
        Shell.DeepFolders(site.Path("assets/deep"), 2000, "bottom.txt");

        var result = site.Build();
        Shell.Remove(site.Path("assets/deep"));

        var deep = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.MisplacedFile, deep.Code);
        Assert.Contains(result.Output!.Files, f => f.Path == "assets/top.txt");
        Assert.Contains(result.Output.Files, f => f.Path == "en-us/faq/good/index.html");
    }

    [Fact]
    public void Build_WithNamesDifferingOnlyInCase_GivesOneHG1010AndNothingElse()
    {
        using var site = TempSite.Create("""
            -- en/faq/a.md --
            ---
            title: Lower
            ---
            Lower.
            -- en/faq/A.md --
            ---
            title: Upper
            ---
            Upper.
            -- en/faq/b.md --
            ---
            title: B
            ---
            See [a](xref:faq/a) and [the file](a.md).
            """);

        var result = site.Build();

        var only = Assert.Single(result.Diagnostics, d => d.Code != DiagnosticCodes.NoSitemapWithoutBaseUrl);
        Assert.Equal(DiagnosticCodes.DuplicateArticle, only.Code);
        Assert.EndsWith("en/faq/A.md", only.File);
    }

    [Fact]
    public void Build_WithAnNfdFileName_SaysToNormalizeItToNfc()
    {
        using var site = TempSite.Create(Good);
        site.Write("en/faq/cafe\u0301.md", "---\ntitle: Café\n---\nx\n");

        var result = site.Build();

        var nfd = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.UnicodeNotNfc, nfd.Code);
        Assert.Contains("NFC", nfd.Message);
        Assert.Contains("caf\u00e9.md", nfd.Message);
    }
}
