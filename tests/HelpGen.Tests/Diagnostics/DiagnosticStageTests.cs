using HelpGen.Building;
using HelpGen.Diagnostics;

namespace HelpGen.Tests.Diagnostics;

/// <summary>A diagnostic records the stage whose bag reported it; the printed form and equality do not change.</summary>
public sealed class DiagnosticStageTests
{
    [Fact]
    public void Add_ThroughAStagesView_MarksTheStageAndKeepsOneCollection()
    {
        var bag = new DiagnosticBag();

        bag.For(DiagnosticStage.Content).Error(DiagnosticCodes.EmptyFile, "empty", "en/faq/a.md");
        bag.For(DiagnosticStage.Render).Add(new Diagnostic(Severity.Error, DiagnosticCodes.UnresolvedXref, "no article", "en/faq/b.md", 3, 4));
        bag.For(DiagnosticStage.Render).Add(new Diagnostic(Severity.Warning, DiagnosticCodes.UnusedLanguage, "kept") { Stage = DiagnosticStage.Config });

        Assert.Equal(
            [DiagnosticStage.Config, DiagnosticStage.Content, DiagnosticStage.Render],
            bag.Sorted.Select(d => d.Stage).Order());
        Assert.Equal(DiagnosticStage.None, new DiagnosticBag().Stage);
    }

    [Fact]
    public void Stage_IsNeitherPrintedNorPartOfEquality()
    {
        var plain = new Diagnostic(Severity.Error, DiagnosticCodes.MissingAnchor, "no heading", "en/a.md", 2, 5);
        var staged = plain with { Stage = DiagnosticStage.Render };

        Assert.Equal(plain, staged);
        Assert.Equal(plain.GetHashCode(), staged.GetHashCode());
        Assert.Equal("en/a.md:2:5: error HG2002: no heading", staged.ToString());
        Assert.NotEqual(plain, plain with { Line = 3 });
    }

    [Fact]
    public void Prepare_ReportsEachProblemWithTheStageThatFoundIt()
    {
        var root = Path.Combine(Path.GetTempPath(), "helpgen-stage-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "en", "faq"));
            File.WriteAllText(Path.Combine(root, "en", "faq", "empty.md"), "");
            var missingConfig = new DiagnosticBag();
            Assert.Null(SiteBuilder.Prepare(new BuildOptions(root), theme: null, missingConfig));
            File.WriteAllText(Path.Combine(root, "site.yml"), "title: { en: Help }\nlocales:\n  - { code: en-us, language: en, country: US }\nsections:\n  - { id: faq, title: { en: FAQ } }\n");
            var content = new DiagnosticBag();
            Assert.NotNull(SiteBuilder.Prepare(new BuildOptions(root), theme: null, content));
            var plan = new DiagnosticBag();
            SiteBuilder.Prepare(new BuildOptions(root, Locales: ["xx-yy"]), theme: null, plan);

            Assert.Equal(DiagnosticStage.Config, Assert.Single(missingConfig.Sorted, d => d.Code == DiagnosticCodes.ConfigMissing).Stage);
            Assert.Equal(DiagnosticStage.Content, Assert.Single(content.Sorted, d => d.Code == DiagnosticCodes.EmptyFile).Stage);
            Assert.Equal(DiagnosticStage.Plan, Assert.Single(plan.Sorted, d => d.Code == DiagnosticCodes.ConfigInvalidLocale).Stage);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
