using System.Text;
using HelpGen.Diagnostics;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Content;

public sealed class ContentLoaderTests
{
    private const string Article = "---\ntitle: A\n---\nText.\n";

    [Fact]
    public void Build_WithBomAndCrlfFiles_ReadsThemAsValidInput()
    {
        using var site = TempSite.Create(string.Empty);
        site.WriteBytes("en/faq/bom.md", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("---\ntitle: With BOM\n---\nBOM body.\n")]);
        site.Write("en/faq/crlf.md", "---\r\ntitle: With CRLF\r\norder: 1\r\n---\r\n\r\n## Step one\r\nCRLF body.\r\n");

        var result = site.Build();

        result.AssertNoErrors();
        Assert.Contains("BOM body.", result.Text("en-us/faq/bom/index.html"));
        var crlf = result.Text("en-us/faq/crlf/index.html");
        Assert.Contains("With CRLF", crlf);
        Assert.Contains("id=\"step-one\"", crlf);
        Assert.DoesNotContain("\r", crlf);
    }

    [Fact]
    public void Build_WithInvalidUtf8_ReportsHG1005AtLineOne()
    {
        using var site = TempSite.Create($"-- en/faq/ok.md --\n{Article}");
        site.WriteBytes("en/faq/latin1.md", [.. Encoding.ASCII.GetBytes("---\ntitle: Caf"), 0xE9, .. Encoding.ASCII.GetBytes("\n---\n")]);

        var error = site.Build().Single(DiagnosticCodes.InvalidUtf8);

        Assert.EndsWith("en/faq/latin1.md", error.File);
        Assert.Equal((1, 1), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n")]
    public void Build_WithEmptyFile_ReportsHG1006(string content)
    {
        using var site = TempSite.Create($"-- en/faq/ok.md --\n{Article}");
        site.Write("en/faq/empty.md", content);

        var error = site.Build().Single(DiagnosticCodes.EmptyFile);

        Assert.EndsWith("en/faq/empty.md", error.File);
        Assert.Equal((1, 1), (error.Line, error.Column));
    }

    [Fact]
    public void Build_WithUnknownSectionFolder_ReportsHG1007()
    {
        using var site = TempSite.Create($"-- en/faq/ok.md --\n{Article}-- en/billing/invoice.md --\n{Article}");

        var result = site.Build();

        Assert.EndsWith("en/billing", result.Single(DiagnosticCodes.UnknownSection).File);
        Assert.True(result.HasErrors);
        Assert.False(result.Has("en-us/billing/invoice/index.html"));
    }

    [Fact]
    public void Build_WithLanguageFolderNoLocaleUses_WarnsHG1008AndSucceeds()
    {
        using var site = TempSite.Create($"-- en/faq/ok.md --\n{Article}-- fr/faq/ok.md --\n{Article}");

        var result = site.Build(keepOutputOnErrors: false);

        var warning = result.Single(DiagnosticCodes.UnusedLanguage);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.EndsWith("/fr", warning.File);
        Assert.NotNull(result.Output);
        Assert.DoesNotContain(result.Output!.Files, f => f.Path.StartsWith("fr", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_WithSymlinkLeavingTheSource_ReportsHG1009AndDoesNotReadIt()
    {
        using var site = TempSite.Create($"-- en/faq/ok.md --\n{Article}");
        var outside = Path.Combine(site.Root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.md"), "---\ntitle: Secret outside\n---\nSECRET\n");
        File.CreateSymbolicLink(site.Path("en/faq/secret.md"), Path.Combine(outside, "secret.md"));
        Directory.CreateSymbolicLink(site.Path("en/payouts"), outside);

        var result = site.Build();

        var errors = result.WithCode(DiagnosticCodes.SymlinkOutsideSource);
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.File!.EndsWith("en/faq/secret.md", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File!.EndsWith("en/payouts", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Output!.Files, f => Encoding.UTF8.GetString(f.Content).Contains("Secret outside"));
    }

    [Fact]
    public void Build_WithSymlinkInsideTheSource_ReadsIt()
    {
        using var site = TempSite.Create($"-- en/faq/ok.md --\n---\ntitle: Linked target\n---\nText.\n");
        File.CreateSymbolicLink(site.Path("en/faq/alias.md"), site.Path("en/faq/ok.md"));

        var result = site.Build();

        result.AssertNoErrors();
        Assert.Contains("Linked target", result.Text("en-us/faq/alias/index.html"));
    }

    [Fact]
    public void Build_WithTwoFilesForOneKeyAndCountry_ReportsHG1010()
    {
        using var site = TempSite.Create($"-- ru/faq/a.md --\n{Article}-- ru/faq/a.kz.md --\n{Article}-- ru/faq/a.KZ.md --\n{Article}");

        var error = site.Build().Single(DiagnosticCodes.DuplicateArticle);

        Assert.EndsWith("ru/faq/a.kz.md", error.File);
        Assert.Contains("a.KZ.md", error.Message);
    }

    [Fact]
    public void Build_WithManyBrokenArticles_ReportsEveryOne()
    {
        using var site = TempSite.Create(
            "-- en/faq/one.md --\n---\ntitle: [\n---\n-- en/faq/two.md --\n---\ntitle: Two\n-- en/faq/three.md --\n---\nsummary: x\n---\n-- de/faq/four.md --\n---\ntitle: Vier\norder: x\n---\n");

        var result = site.Build();

        Assert.Equal(
            [DiagnosticCodes.FrontMatterUnclosed, DiagnosticCodes.FrontMatterInvalidYaml, DiagnosticCodes.FrontMatterMissingTitle, DiagnosticCodes.FrontMatterInvalidValue],
            result.Diagnostics.Where(d => d.IsError).Select(d => d.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Build_WithVariantForCountryNoLocaleHas_Warns()
    {
        using var site = TempSite.Create($"-- ru/faq/a.md --\n{Article}-- ru/faq/a.by.md --\n{Article}");

        var warning = site.Build().Single(DiagnosticCodes.UnknownCountryVariant);

        Assert.Equal(Severity.Warning, warning.Severity);
    }
}
