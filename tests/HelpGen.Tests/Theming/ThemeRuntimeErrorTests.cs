using System.Text;
using HelpGen.Building;
using HelpGen.Diagnostics;
using HelpGen.Theming;
using static HelpGen.Tests.Theming.ThemeTestSupport;

namespace HelpGen.Tests.Theming;

/// <summary>A template that fails on one page only: that page is an HG1016 at the template position, the others render.</summary>
public sealed class ThemeRuntimeErrorTests
{
    private static Theme ThemeWithNotices(string notices)
    {
        return DefaultThemeWith("partials/notices.sbn-html", notices);
    }

    [Fact]
    public void Render_AMemberOfAMissingValue_ThrowsWithTheTemplatePosition()
    {
        var theme = ThemeWithNotices("{{ if kind == 'article' }}\n  <p>{{ article.previous.title }}</p>{{ end }}\n");
        var model = SamplePages.Article(theme, change: a => a with { Previous = null });

        var exception = Assert.Throws<ThemeRenderException>(() => theme.Render(model));

        Assert.StartsWith("theme/partials/notices.sbn-html:2:", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PageRenderer_WithOneFailingPage_ReportsHg1016ForItAndRendersTheOthers()
    {
        var theme = ThemeWithNotices("{{ if kind == 'article' }}{{ article.previous.title }}{{ end }}\n");
        var diagnostics = new DiagnosticBag();
        var pages = new PageRenderer(theme, diagnostics);
        var broken = SamplePages.Article(theme, change: a => a with { Previous = null });

        var failed = pages.Render(broken, "ru-kz/registration/sign-up/", new HelpGen.Output.PageOrigin("articles/ru/registration/sign-up.md", []));
        var fine = pages.Render(SamplePages.Article(theme), "ru-kz/registration/other/");
        var home = pages.Render(SamplePages.Home(theme), "en-us/");

        var diagnostic = Assert.Single(diagnostics.Sorted);
        Assert.Equal((DiagnosticCodes.ThemeRenderFailed, "articles/ru/registration/sign-up.md"), (diagnostic.Code, diagnostic.File));
        Assert.Contains("ru-kz/registration/sign-up/index.html", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("theme/partials/notices.sbn-html:1:", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(failed.Content);
        Assert.Contains("Письмо с подтверждением", Encoding.UTF8.GetString(fine.Content), StringComparison.Ordinal);
        Assert.Contains("<h1>Member Help Center</h1>", Encoding.UTF8.GetString(home.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AnIncludeWhoseNameIsComputed_IsCheckedWhenItRuns()
    {
        var theme = ThemeWithNotices("{{ include ('../' + kind) }}\n");

        var exception = Assert.Throws<ThemeRenderException>(() => theme.Render(SamplePages.Home(theme)));

        Assert.Contains("not the path '../home'", exception.Message, StringComparison.Ordinal);
        Assert.StartsWith("theme/partials/notices.sbn-html:1:4:", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_APartialThatIncludesItself_StopsWithAnError()
    {
        var theme = ThemeWithNotices("x{{ include 'notices' }}\n");

        var exception = Assert.Throws<ThemeRenderException>(() => theme.Render(SamplePages.Home(theme)));

        Assert.Contains("notices.sbn-html", exception.Message, StringComparison.Ordinal);
        Assert.Contains("<h1>Member Help Center</h1>", DefaultTheme.Render(SamplePages.Home(DefaultTheme)), StringComparison.Ordinal);
    }
}
