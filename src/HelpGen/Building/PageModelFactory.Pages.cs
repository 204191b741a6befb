using HelpGen.Output;
using HelpGen.Content;
using HelpGen.Markdown;
using HelpGen.Theming;

namespace HelpGen.Building;

/// <summary>One method per kind of page.</summary>
public sealed partial class PageModelFactory
{
    public PageModel Home(LocalePlan locale)
    {
        var folder = $"{locale.Locale.Code}/";
        return Base("home", locale, folder, Config.Title.Get(locale.Locale.Language, Config.Fallback)) with
        {
            Alternates = Alternates(folder, plan.Locales.Select(l => (l.Locale, $"{l.Locale.Code}/"))),
            Switcher = Switcher(locale.Locale, folder, l => $"{l.Locale.Code}/"),
            Suggestions = Suggestions(locale, folder),
        };
    }

    private static string? SectionIn(LocalePlan locale, string sectionId) =>
        locale.Sections.Any(s => s.Section.Id == sectionId) ? $"{locale.Locale.Code}/{sectionId}/" : null;

    /// <summary>
    /// A switcher entry of a locale that lacks the article leads to its section; <c>?only=KZ</c> lets the section page
    /// say that the article applies only to those countries.
    /// </summary>
    private SwitcherItem OnlyIn(SwitcherItem item, ArticlePlace place, IReadOnlyList<string> countries) =>
        countries.Count > 0 && plan.Find(item.Code, place.Key) is null && SectionIn(plan.Locales.First(l => l.Locale.Code == item.Code), place.SectionId) is not null
            ? item with { Url = item.Url + "?only=" + string.Join(",", countries) }
            : item;

    private sealed record ArticlePlace(string Key, string SectionId);

    /// <summary>The searches of site.yml for the locale's language, else the first article of each of the first sections.</summary>
    private List<LinkView> Suggestions(LocalePlan locale, string folder)
    {
        const int count = 5;
        var searches = Config.Search.SuggestionsFor(locale.Locale.Language);
        var search = Url(folder, $"{locale.Locale.Code}/search/");
        if (searches.Count > 0) return searches.Take(count).Select(q => new LinkView(q, search + "?q=" + Uri.EscapeDataString(q))).ToList();
        return locale.Sections.Where(s => s.Articles.Count > 0).Take(count)
            .Select(s => new LinkView(s.Articles[0].Source.FrontMatter.Title, Url(folder, s.Articles[0].SitePath))).ToList();
    }

    public PageModel Section(LocalePlan locale, SectionPlan section)
    {
        var id = section.Section.Id;
        var folder = $"{locale.Locale.Code}/{id}/";
        var view = Section(locale, section, folder, id, null);
        string? Counterpart(LocalePlan l) => l.Sections.Any(s => s.Section.Id == id) ? $"{l.Locale.Code}/{id}/" : null;
        return Base("section", locale, folder, view.Title) with
        {
            Description = view.Description,
            Section = view,
            Sections = new LazyList<SectionView>(() => Sections(locale, folder, id, null)),
            Breadcrumbs = [new LinkView(Strings(locale.Locale.Language).GetValueOrDefault("breadcrumbs.home", "Home"), Url(folder, $"{locale.Locale.Code}/"))],
            Alternates = Alternates(folder, plan.Locales.Where(l => Counterpart(l) is not null).Select(l => (l.Locale, Counterpart(l)!))),
            Switcher = Switcher(locale.Locale, folder, Counterpart),
        };
    }

    /// <summary>
    /// The sitemap entry of an article page, without making its model: the canonical URL and alternates
    /// <see cref="Article"/> gives it (a fallback page has none: it is not indexed).
    /// </summary>
    public SitemapEntry? ArticleSitemapEntry(LocalizedArticle article) =>
        !article.IsFallback && Absolute(article.SitePath) is { } url ? new SitemapEntry(url, ArticleAlternates(article)) : null;

    /// <summary>The hreflang alternates of an article page: its counterparts in every locale that shows them in their own language.</summary>
    private List<AlternateLink> ArticleAlternates(LocalizedArticle article) => article.IsFallback
        ? []
        : Alternates(article.SitePath, plan.Locales.Select(l => plan.Find(l.Locale.Code, article.Key)).OfType<LocalizedArticle>().Where(a => !a.IsFallback).Select(a => (a.Locale, a.SitePath)));

    public PageModel Article(LocalePlan locale, SectionPlan section, RenderedArticle rendered)
    {
        var article = rendered.Article;
        var front = article.Source.FrontMatter;
        var folder = article.SitePath;
        var index = IndexOf(section, article);
        var previous = index > 0 ? section.Articles[index - 1] : null;
        var next = index < section.Articles.Count - 1 ? section.Articles[index + 1] : null;
        var sectionView = Sidebar(locale, section, folder, index);
        string? Counterpart(LocalePlan l) => plan.Find(l.Locale.Code, article.Key)?.SitePath ?? SectionIn(l, section.Section.Id);
        var appliesTo = front.Countries.Count > 0 ? front.Countries : article.Source.Country is { } country ? [country] : [];
        var strings = Strings(locale.Locale.Language);
        return Base("article", locale, folder, front.Title) with
        {
            Lang = article.IsFallback ? article.Source.Language : locale.Locale.Bcp47,
            Description = front.Summary,
            NoIndex = article.IsFallback,
            IsDraft = front.Draft,
            Section = sectionView,
            Sections = new LazyList<SectionView>(() => Sections(locale, folder, section.Section.Id, article.Key)),
            Breadcrumbs =
            [
                new LinkView(strings.GetValueOrDefault("breadcrumbs.home", "Home"), Url(folder, $"{locale.Locale.Code}/")),
                new LinkView(sectionView.Title, sectionView.Url),
            ],
            Alternates = ArticleAlternates(article),
            Switcher = Switcher(locale.Locale, folder, Counterpart).Select(item => OnlyIn(item, new ArticlePlace(article.Key, section.Section.Id), appliesTo)).ToList(),
            Article = new ArticleView(
                front.Title,
                front.Summary,
                string.Empty,
                rendered.Parsed.Headings.Where(h => h.Level is 2 or 3).Select(h => new TocEntry(h.Id, h.Text, h.Level)).ToList(),
                front.Updated,
                appliesTo,
                article.IsFallback,
                front.Tags,
                previous is null ? null : new LinkView(previous.Source.FrontMatter.Title, Url(folder, previous.SitePath)),
                next is null ? null : new LinkView(next.Source.FrontMatter.Title, Url(folder, next.SitePath)))
            {
                BodyUtf8 = rendered.Utf8,
                Related = Related.Of(folder).Select(a => new LinkView(a.Source.FrontMatter.Title, Url(folder, a.SitePath))).ToList(),
                Feedback = Config.Feedback is { } feedback
                    ? new FeedbackView(feedback.LinkFor(article.Key, locale.Locale.Code, true), feedback.LinkFor(article.Key, locale.Locale.Code, false))
                    : null,
            },
        };
    }

    public PageModel Search(LocalePlan locale)
    {
        var folder = $"{locale.Locale.Code}/search/";
        var title = Strings(locale.Locale.Language).GetValueOrDefault("search.title", "Search");
        return Base("search", locale, folder, title) with
        {
            NoIndex = true,
            Switcher = Switcher(locale.Locale, folder, l => $"{l.Locale.Code}/search/"),
            Suggestions = Suggestions(locale, folder),
        };
    }

    /// <summary>The root page that sends readers to their locale.</summary>
    public PageModel Chooser()
    {
        var language = DefaultLocale.Locale.Language;
        var groups = plan.Locales
            .GroupBy(l => l.Locale.Language)
            .Select(g => new LocaleGroupView(
                g.Key,
                Strings(g.Key).GetValueOrDefault($"language.{g.Key}", g.Key),
                Switcher(DefaultLocale.Locale, string.Empty, l => $"{l.Locale.Code}/").Where(s => g.Any(l => l.Locale.Code == s.Code)).ToList()))
            .ToList();
        return new PageModel
        {
            Kind = "chooser",
            Lang = language,
            Title = Config.Title.Get(language, Config.Fallback),
            Root = string.Empty,
            IndexFile = style == LinkStyle.IndexHtml ? "index.html" : string.Empty,
            Canonical = Absolute(string.Empty),
            Site = Site(language),
            Strings = Strings(language),
            LocaleGroups = groups,
            Alternates = Alternates(string.Empty, plan.Locales.Select(l => (l.Locale, $"{l.Locale.Code}/"))),
        };
    }

    /// <summary>The 404 page: served at any missing path, so its URLs start from the site's base path, not relative.</summary>
    public PageModel NotFound()
    {
        var root = baseUrl is null ? "/" : new Uri(baseUrl).AbsolutePath;
        var locale = DefaultLocale;
        var model = Base("notfound", locale, string.Empty, Strings(locale.Locale.Language).GetValueOrDefault("notfound.title", "Page not found"));
        string Rooted(string url) => root + url;
        return model with
        {
            Root = root,
            NoIndex = true,
            Canonical = null,
            HomeUrl = Rooted(model.HomeUrl!),
            SearchUrl = Rooted(model.SearchUrl!),
            SearchIndexUrl = Rooted(model.SearchIndexUrl!),
            Locale = model.Locale! with { HomeUrl = Rooted(model.Locale!.HomeUrl) },
            Sections = model.Sections.Select(s => s with { Url = Rooted(s.Url), Articles = [] }).ToList(),
            Switcher = Switcher(locale.Locale, string.Empty, l => $"{l.Locale.Code}/").Select(s => s with { Url = Rooted(s.Url) }).ToList(),
        };
    }

    /// <summary>
    /// A locale's own 404 page (<c>&lt;locale&gt;/404.html</c>): its language, search field and sections, with links
    /// relative to the locale folder and a <c>&lt;base href&gt;</c> of that folder, so they work at any missing path.
    /// </summary>
    public PageModel NotFound(LocalePlan locale)
    {
        var folder = $"{locale.Locale.Code}/";
        var root = baseUrl is null ? "/" : new Uri(baseUrl).AbsolutePath;
        var model = Base("notfound", locale, folder, Strings(locale.Locale.Language).GetValueOrDefault("notfound.title", "Page not found"));
        return model with
        {
            NoIndex = true,
            Canonical = null,
            BaseHref = root + folder,
            Sections = model.Sections.Select(s => s with { Articles = [] }).ToList(),
            Switcher = Switcher(locale.Locale, folder, l => $"{l.Locale.Code}/"),
            Suggestions = Suggestions(locale, folder),
        };
    }

    private LocalePlan DefaultLocale => plan.Locales.FirstOrDefault(l => l.Locale.Code == Config.DefaultLocale) ?? plan.Locales[0];

    /// <summary>
    /// An article page's sidebar: the article with up to <see cref="SidebarNeighbours"/> neighbours on each side,
    /// without summaries, so a page does not grow with its section (the section page has the full list).
    /// </summary>
    private SectionView Sidebar(LocalePlan locale, SectionPlan section, string folder, int index)
    {
        const int size = (2 * SidebarNeighbours) + 1;
        var start = Math.Clamp(index - SidebarNeighbours, 0, Math.Max(0, section.Articles.Count - size));
        var window = section.Articles.Skip(start).Take(size).ToList();
        var view = Section(locale, section with { Articles = window }, folder, section.Section.Id, section.Articles[index].Key, summaries: false);
        return view with { IsPartial = window.Count < section.Articles.Count };
    }

    /// <summary>Where <paramref name="article"/> stands in its section: one lookup in a map made once per section (a section may hold thousands).</summary>
    private int IndexOf(SectionPlan section, LocalizedArticle article)
    {
        var positions = _positions.GetOrAdd(section, static s =>
        {
            var map = new Dictionary<string, int>(s.Articles.Count, StringComparer.Ordinal);
            for (var i = 0; i < s.Articles.Count; i++) map.TryAdd(s.Articles[i].Key, i);
            return map;
        });
        return positions.GetValueOrDefault(article.Key, -1);
    }

    private const int SidebarNeighbours = 7;
}
