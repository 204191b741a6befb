using HelpGen.Content;
using HelpGen.Diagnostics;
using HelpGen.Markdown;
using HelpGen.Output;
using HelpGen.Theming;

namespace HelpGen.Building;

/// <summary>
/// Renders single pages of a planned site, one at a time, exactly as a build renders them: an article page from its
/// parsed source (links resolved, page model, theme), and the list pages (homes, search, 404, sections, chooser).
/// The preview renders pages on request with it; <see cref="SiteRenderer"/> renders the same pages for a build.
/// </summary>
public sealed class PageBuilder(SitePlan plan, Theme theme, LinkStyle style, RelatedArticles related, DiagnosticBag diagnostics)
{
    private readonly PageRenderer _pages = new(theme, diagnostics);

    /// <summary>The models of the pages, with <paramref name="related"/> on article pages.</summary>
    public PageModelFactory Factory { get; } = new(plan, theme, style, plan.Config.BaseUrl) { Related = related };

    /// <summary>
    /// One page of the site that is not an article, by its path (a folder ending with '/', or a file name), in the
    /// order a build renders them: per locale its home, search page, 404 page and sections; then the chooser and 404.html.
    /// </summary>
    public static IEnumerable<ListPage> ListPages(SitePlan plan)
    {
        foreach (var locale in plan.Locales)
        {
            yield return new ListPage($"{locale.Locale.Code}/", f => f.Home(locale));
            yield return new ListPage($"{locale.Locale.Code}/search/", f => f.Search(locale));
            yield return new ListPage($"{locale.Locale.Code}/404.html", f => f.NotFound(locale));
            foreach (var section in locale.Sections) yield return new ListPage($"{locale.Locale.Code}/{section.Section.Id}/", f => f.Section(locale, section));
        }

        yield return new ListPage(string.Empty, f => f.Chooser());
        yield return new ListPage("404.html", f => f.NotFound());
    }

    /// <summary>Renders one article page; link problems go to <paramref name="resolver"/>'s diagnostics.</summary>
    public OutputFile Article(LocalePlan locale, SectionPlan section, LocalizedArticle article, ParsedArticle parsed, LinkResolver resolver) =>
        Article(locale, section, Body(parsed, article, resolver), out _);

    /// <summary>An article's body as one page shows it (links resolved by <paramref name="resolver"/>).</summary>
    /// <param name="sibling">The body of another page of the same parse, whose HTML is taken when this page's links resolve the same (see <see cref="ArticleRenderer.Render"/>).</param>
    public RenderedArticle Body(ParsedArticle parsed, LocalizedArticle article, LinkResolver resolver, RenderedArticle? sibling = null) =>
        ArticleRenderer.Render(parsed, article, resolver, theme.Strings(article.Source.Language), sibling);

    /// <summary>Wraps a body rendered earlier (<see cref="Body"/>) in its page, and gives the page's sitemap entry.</summary>
    public OutputFile Article(LocalePlan locale, SectionPlan section, RenderedArticle body, out SitemapEntry? sitemap)
    {
        var model = Factory.Article(locale, section, body);
        sitemap = PageRenderer.SitemapEntryOf(model);
        return _pages.Render(model, body.Article.SitePath, new PageOrigin(body.Article.Source.DisplayPath, body.Links));
    }

    /// <summary>Wraps a body in its page as <see cref="Article(LocalePlan, SectionPlan, RenderedArticle, out SitemapEntry?)"/> does, handing the page to <paramref name="sink"/> without a copy; returns its path.</summary>
    public string Article(LocalePlan locale, SectionPlan section, RenderedArticle body, ISiteSink sink, out SitemapEntry? sitemap)
    {
        var model = Factory.Article(locale, section, body);
        sitemap = PageRenderer.SitemapEntryOf(model);
        return _pages.Render(model, body.Article.SitePath, new PageOrigin(body.Article.Source.DisplayPath, body.Links), sink);
    }

    /// <summary>Renders one list page.</summary>
    public OutputFile List(ListPage page) => List(page, out _);

    /// <summary>Renders one list page, and gives its sitemap entry.</summary>
    public OutputFile List(ListPage page, out SitemapEntry? sitemap)
    {
        var model = page.Model(Factory);
        sitemap = PageRenderer.SitemapEntryOf(model);
        return _pages.Render(model, page.Path);
    }

    /// <summary>The sitemap.xml entry of an article page, from its place in the plan (the entry never reads the body).</summary>
    public SitemapEntry? ArticleSitemapEntry(LocalizedArticle article) => Factory.ArticleSitemapEntry(article);

    /// <summary>The sitemap.xml entry of a list page.</summary>
    public SitemapEntry? ListSitemapEntry(ListPage page) => PageRenderer.SitemapEntryOf(page.Model(Factory));
}
