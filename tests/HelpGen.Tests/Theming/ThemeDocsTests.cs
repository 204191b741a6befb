using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using HelpGen.Building;
using HelpGen.Theming;
using static HelpGen.Tests.Theming.ThemeTestSupport;

namespace HelpGen.Tests.Theming;

/// <summary>docs/theming.md names everything a template can use, and its worked example works as written.</summary>
public sealed partial class ThemeDocsTests
{
    private static readonly string Docs = File.ReadAllText(Path.Combine(RepositoryRoot, "docs", "theming.md"));

    [Fact]
    public void Docs_NameEveryPageVariableFunctionAndViewModelMember()
    {
        var viewModels = typeof(PageModel).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.Namespace == typeof(PageModel).Namespace && t.Name.EndsWith("View", StringComparison.Ordinal)
                || t == typeof(LinkView) || t == typeof(AlternateLink) || t == typeof(SwitcherItem) || t == typeof(TocEntry));
        var members = viewModels
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.Name is not ("EqualityContract" or "BodyHtml"))
            .Select(p => StandardName(p.Name))
            .Concat(typeof(PageModel).GetProperties().Select(p => StandardName(p.Name)))
            .Concat(["t", "country_name", "language_name", "local_date", "asset_url", "include"])
            .Distinct()
            .ToList();

        Assert.Contains("body", members);
        Assert.Equal(Array.Empty<string>(), members.Where(m => !Docs.Contains($"`{m}`", StringComparison.Ordinal) && !Docs.Contains($"`{m} ", StringComparison.Ordinal)).ToArray());
    }

    [Fact]
    public void Docs_PrintButtonExample_BuildsAsDescribed()
    {
        var partial = CodeBlockAfter("Create `mytheme/partials/notices.sbn-html`");
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "partials"));
        Directory.CreateDirectory(Path.Combine(folder.Path, "i18n"));
        File.WriteAllText(Path.Combine(folder.Path, "partials", "notices.sbn-html"), partial);
        File.WriteAllText(Path.Combine(folder.Path, "i18n", "en.yml"), "print.button: Print this page\n");
        File.WriteAllText(Path.Combine(folder.Path, "i18n", "de.yml"), "print.button: Seite drucken\n");
        var builtIn = LoadOrFail(SiteBuilder.EmbeddedTheme());
        var theme = LoadOrFail(ThemeFiles.FromDirectory(folder.Path).LayeredOver(SiteBuilder.EmbeddedTheme()));

        var german = theme.Render(SamplePages.Article(theme, "de", "DE"));
        var russian = theme.Render(SamplePages.Article(theme));
        var home = theme.Render(SamplePages.Home(theme));

        Assert.Contains("<button type=\"button\" onclick=\"window.print()\">Seite drucken</button>", german, StringComparison.Ordinal);
        Assert.Contains(">Print this page</button>", russian, StringComparison.Ordinal);
        Assert.DoesNotContain("window.print()", home, StringComparison.Ordinal);
        Assert.Equal(builtIn.Render(SamplePages.Home(builtIn)), home);
    }

    private static string StandardName(string name) => Scriban.Runtime.StandardMemberRenamer.Rename(name);

    private static string CodeBlockAfter(string marker)
    {
        var start = Docs.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, marker);
        var block = CodeBlock().Match(Docs, start);
        return block.Groups[1].Value;
    }

    [GeneratedRegex("```\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();
}
