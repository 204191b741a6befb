using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Markdown;

public sealed class MarkdownRenderingTests(MarkdownSiteFixture fixture) : IClassFixture<MarkdownSiteFixture>
{
    private string Features => fixture.Result.Text("en-us/faq/features/index.html");

    [Fact]
    public void Build_WithMarkdownFeatures_HasNoErrors() => fixture.Result.AssertNoErrors();

    [Fact]
    public void Render_WithPipeTable_WritesATable()
    {
        Assert.Contains("<table>", Features);
        Assert.Contains("<th>Field</th>", Features);
        Assert.Contains("<td>42</td>", Features);
    }

    [Theory]
    [InlineData("как-выбрать-пункт-выдачи")]
    [InlineData("über-uns--mehr")]
    [InlineData("schritt")]
    [InlineData("schritt-1")]
    [InlineData("schritt-2")]
    [InlineData("step-list")]
    public void Render_Headings_GetGitHubStyleIds(string id) =>
        Assert.Contains($"id=\"{id}\"", Features);

    [Fact]
    public void Render_HeadingWithCustomId_DoesNotShowTheIdText() =>
        Assert.DoesNotContain("{#step-list}", Features);

    [Fact]
    public void Render_Alerts_BecomeAlertBlocks()
    {
        Assert.Contains("markdown-alert-note", Features);
        Assert.Contains("markdown-alert-warning", Features);
        Assert.DoesNotContain("[!NOTE]", Features);
    }

    [Fact]
    public void Render_AlertTitles_AreInThePageLanguage()
    {
        var site = TempSite.Create("""
            -- de/faq/hinweis.md --
            ---
            title: Hinweis
            ---
            > [!WARNING]
            > Geben Sie Ihr Passwort nie weiter.
            """);
        using (site)
        {
            var page = site.Build().Text("de-de/faq/hinweis/index.html");
            Assert.Contains("<p class=\"markdown-alert-title\">Achtung</p>", page);
            Assert.DoesNotContain(">Warning<", page);
        }
    }

    [Fact]
    public void Render_TaskList_WritesCheckboxes()
    {
        Assert.Contains("type=\"checkbox\"", Features);
        Assert.Contains("checked=\"checked\"", Features);
    }

    [Fact]
    public void Render_Footnote_WritesReferenceAndNote()
    {
        Assert.Contains("href=\"#fn:1\"", Features);
        Assert.Contains("The footnote text.", Features);
        Assert.Contains("class=\"footnotes\"", Features);
    }

    [Fact]
    public void Render_ExternalLinks_AreMarkedNoopener()
    {
        Assert.Contains("<a href=\"https://example.org/page\" rel=\"noopener\">site</a>", Features);
        Assert.Contains("<a href=\"mailto:a@example.org\" rel=\"noopener\">mail</a>", Features);
    }

    [Fact]
    public void Render_XrefAndMdLinks_PointToTheTargetInTheSameLocaleWithTheAnchor()
    {
        Assert.Contains("<a href=\"../../registration/sign-up/#step-2\">xref</a>", Features);
        Assert.Contains("<a href=\"../../registration/sign-up/#step-2\">md</a>", Features);
        Assert.Contains("<a href=\"../../registration/sign-up/\">plain</a>", Features);
        Assert.Contains("<a href=\"#step-list\">same page</a>", Features);
        Assert.Contains("<a href=\"../../registration/sign-up/\">Anmeldung</a>", fixture.Result.Text("de-de/faq/links/index.html"));
    }

    [Fact]
    public void Render_LinkFromGenericRuArticleToKzOnlyArticle_ResolvesToTheRuKzPage()
    {
        var ruRu = fixture.Result.Text("ru-ru/faq/links/index.html");
        var ruKz = fixture.Result.Text("ru-kz/faq/links/index.html");

        Assert.Contains("<a href=\"../../../ru-kz/payouts/kz-only/\">только KZ</a>", ruRu);
        Assert.Contains("<a href=\"../../../ru-kz/payouts/kz-only/#%D1%88%D0%B0%D0%B3\">по файлу</a>", ruRu);
        Assert.Contains("<a href=\"../../payouts/kz-only/\">только KZ</a>", ruKz);
        Assert.False(fixture.Result.Has("ru-ru/payouts/kz-only/index.html"));
    }

    [Fact]
    public void Render_AssetPaths_AreRewrittenRelativeToThePage()
    {
        Assert.Contains("src=\"../../../assets/map.png\" alt=\"map\"", Features);
        Assert.Contains("src=\"../../../assets/map.png\" alt=\"map2\"", Features);
        Assert.True(fixture.Result.Has("assets/map.png"));
    }
}
