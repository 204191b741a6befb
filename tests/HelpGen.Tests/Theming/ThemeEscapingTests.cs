using HelpGen.Theming;
using static HelpGen.Tests.Theming.ThemeTestSupport;

namespace HelpGen.Tests.Theming;

/// <summary>
/// Every place the default theme prints text from content or configuration escapes it: markup characters become
/// entities exactly once, everything else (non-ASCII included) stays as written.
/// </summary>
public sealed class ThemeEscapingTests
{
    /// <summary>A script tag, both quotes, an ampersand and non-ASCII text.</summary>
    private const string Hostile = "<script>alert(\"x\")</script> & Grüße 'Привет'";

    private const string Escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Grüße &#x27;Привет&#x27;";

    public static TheoryData<string, string> Positions => new()
    {
        { "article title", "<h1 id=\"hg-article-title\">{0}</h1>" },
        { "page title", "<title>{0}</title>" },
        { "article summary", "<p class=\"lead\">{0}</p>" },
        { "description", "<meta name=\"description\" content=\"{0}\">" },
        { "alternates", "<link rel=\"alternate\" hreflang=\"{0}\" href=\"{0}\">" },
        { "breadcrumbs", "<li><a href=\"{0}\">{0}</a></li>" },
        { "current breadcrumb", "<li><span aria-current=\"page\">{0}</span></li>" },
        { "section title in the sidebar", "<a href=\"{0}\">{0}</a></h2>" },
        { "article list", "<span class=\"article-list-title\">{0}</span><span class=\"article-list-summary\">{0}</span>" },
        { "applies to (a country code, upper-cased)", "<span class=\"country\">{1}</span>" },
        { "updated", "<time datetime=\"{0}\">{0}</time>" },
        { "table of contents", "<a href=\"#{0}\">{0}</a>" },
        { "pager", "href=\"{0}\" rel=\"prev\"><span class=\"pager-direction\">" },
        { "pager title", "<span class=\"pager-title\">{0}</span>" },
        { "switcher", "hreflang=\"{0}\" lang=\"{0}\" data-locale=\"{0}\">{0}</a>" },
        { "support hours", ": {0}</li>" },
        { "support email", "<a href=\"mailto:{0}\">{0}</a>" },
        { "support url", "<a class=\"button\" href=\"{0}\">" },
        { "brand", "<a class=\"brand\" href=\"{0}\">{0}</a>" },
    };

    [Theory]
    [MemberData(nameof(Positions))]
    public void Render_HostileTextInAnArticlePage_IsEscapedOnceInEveryPosition(string position, string expected)
    {
        var html = DefaultTheme.Render(HostileArticle());

        var fragment = string.Format(expected, Escaped, HtmlText.Escape(Hostile.ToUpperInvariant()));
        Assert.True(html.Contains(fragment, StringComparison.Ordinal), $"{position}: {fragment}");
        AssertNeverRaw(html);
    }

    [Fact]
    public void Render_HostileSectionTitleAndDescription_AreEscapedOnHomeAndSectionPages()
    {
        var sections = new[] { new SectionView("s", Hostile, Hostile, Hostile, true, [new ArticleLinkView(Hostile, Hostile, Hostile, false)]) };
        var home = DefaultTheme.Render(SamplePages.Home(DefaultTheme) with { Sections = sections });
        var section = DefaultTheme.Render(SamplePages.Section(DefaultTheme) with { Sections = sections, Section = sections[0] });

        Assert.Contains($"<h3 class=\"section-card-title\"><a href=\"{Escaped}\">{Escaped}</a></h3>", home, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"section-card-description\">{Escaped}</p>", home, StringComparison.Ordinal);
        Assert.Contains($"<li><a href=\"{Escaped}\">{Escaped}</a></li>", home, StringComparison.Ordinal);
        Assert.Contains($"<h1>{Escaped}</h1>", section, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"lead\">{Escaped}</p>", section, StringComparison.Ordinal);
        Assert.Contains($"aria-current=\"page\">{Escaped}</a>", section, StringComparison.Ordinal);
        AssertNeverRaw(home);
        AssertNeverRaw(section);
    }

    [Fact]
    public void Render_HostileUiStringsOnTheSearchPage_AreEscapedInTextAndAttributes()
    {
        var strings = DefaultTheme.Strings("en").ToDictionary();
        foreach (var key in new[] { "search.title", "search.hint", "search.placeholder", "search.noResults.text", "search.noscript" })
        {
            strings[key] = Hostile;
        }

        var html = DefaultTheme.Render(SamplePages.Search(DefaultTheme) with { Strings = strings });

        Assert.Contains($"<h1 id=\"search-heading\">{Escaped}</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"search-hint\">{Escaped}</p>", html, StringComparison.Ordinal);
        Assert.Contains($"placeholder=\"{Escaped}\"", html, StringComparison.Ordinal);
        Assert.Contains($"<p>{Escaped}</p>", html, StringComparison.Ordinal);
        AssertNeverRaw(html);
    }

    [Fact]
    public void Render_HostileLocaleGroupsOnTheChooser_AreEscaped()
    {
        var html = DefaultTheme.Render(SamplePages.Chooser(DefaultTheme) with
        {
            LocaleGroups = [new LocaleGroupView(Hostile, Hostile, [new SwitcherItem(Hostile, Hostile, Hostile, Hostile, false)])],
        });

        Assert.Contains($"<h2 id=\"hg-chooser-{Escaped}\" lang=\"{Escaped}\">{Escaped}</h2>", html, StringComparison.Ordinal);
        Assert.Contains($"data-bcp47=\"{Escaped}\">{Escaped}</a>", html, StringComparison.Ordinal);
        AssertNeverRaw(html);
    }

    [Fact]
    public void Render_ArticleBody_IsWrittenAsHtmlAndPartialsAreNotEscapedTwice()
    {
        var html = DefaultTheme.Render(HostileArticle());

        Assert.Contains("<div class=\"article-body\">\n<p>Откройте форму регистрации.</p><h2 id=\"шаг-1\">", html, StringComparison.Ordinal);
        Assert.Contains("<footer class=\"site-footer\">", html, StringComparison.Ordinal);
        Assert.Contains("<nav class=\"toc\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;amp;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;footer", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#252;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TagsAndCapturedText_InAThemeOfOwn_AreEscapedExactlyOnce()
    {
        var theme = DefaultThemeWith("layouts/article.sbn-html",
            "{{ capture heading }}<b>{{ article.title }}</b>{{ end }}{{ heading }}|{{ for tag in article.tags }}<i>{{ tag }}</i>{{ end }}|{{ include 'notices' }}");

        var html = theme.Render(HostileArticle() with { IsDraft = true });

        var draft = HtmlText.Escape(theme.Strings("ru")["draft"]);
        Assert.Equal($"<b>{Escaped}</b>|<i>{Escaped}</i><i>Grüße &amp; co</i>|<p class=\"badge badge-draft\">{draft}</p>\n", html);
    }

    [Fact]
    public void Render_APartialAssignedInsteadOfPrinted_IsStillHtmlButAStringFunctionMakesItText()
    {
        var theme = DefaultThemeWith("layouts/article.sbn-html",
            "{{ note = include 'notices' }}[{{ note }}]{{ include 'notices' | string.strip }}|{{ t 'draft' }}|{{ t 'article.updated' | string.upcase }}");
        var strings = theme.Strings("ru").ToDictionary();
        strings["draft"] = "<b>&</b>";

        var html = theme.Render(HostileArticle() with { IsDraft = true, Strings = strings });

        const string badge = "<p class=\"badge badge-draft\">&lt;b&gt;&amp;&lt;/b&gt;</p>";
        Assert.Equal($"[{badge}\n]{HtmlText.Escape(badge)}|&lt;b&gt;&amp;&lt;/b&gt;|{HtmlText.Escape(strings["article.updated"].ToUpperInvariant())}", html);
    }

    [Theory]
    [InlineData("plain Grüße, Привет, 你好", "plain Grüße, Привет, 你好")]
    [InlineData("a&b<c>d\"e'f", "a&amp;b&lt;c&gt;d&quot;e&#x27;f")]
    [InlineData("&amp;", "&amp;amp;")]
    [InlineData("", "")]
    public void Escape_ReplacesOnlyTheFiveMarkupCharacters(string text, string expected)
    {
        Assert.Equal(expected, HtmlText.Escape(text));
    }

    private static PageModel HostileArticle()
    {
        var link = new LinkView(Hostile, Hostile);
        var model = SamplePages.Article(DefaultTheme, change: a => a with
        {
            Title = Hostile,
            Summary = Hostile,
            AppliesTo = [Hostile],
            Updated = Hostile,
            Tags = [Hostile, "Grüße & co"],
            Toc = [new TocEntry(Hostile, Hostile, 2)],
            Previous = link,
            Next = link,
        });
        return model with
        {
            Title = Hostile,
            Description = Hostile,
            HomeUrl = Hostile,
            Site = new SiteView(Hostile, Hostile, Hostile, Hostile),
            Alternates = [new AlternateLink(Hostile, Hostile)],
            Breadcrumbs = [link],
            Switcher = [new SwitcherItem(Hostile, Hostile, Hostile, Hostile, false)],
            Section = new SectionView("s", Hostile, Hostile, Hostile, true, [new ArticleLinkView(Hostile, Hostile, Hostile, false)]),
        };
    }

    private static void AssertNeverRaw(string html)
    {
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"x\")", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;lt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Gr&", html, StringComparison.Ordinal);
    }
}
