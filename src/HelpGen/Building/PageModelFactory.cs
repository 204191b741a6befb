using HelpGen.Configuration;
using HelpGen.Content;
using HelpGen.Markdown;
using HelpGen.Output;
using HelpGen.Theming;

namespace HelpGen.Building;

/// <summary>
/// Turns the site plan and rendered articles into the plain view models that theme templates see.
/// Every URL in a model is relative to the page it is for.
/// </summary>
public sealed partial class PageModelFactory(SitePlan plan, Theme theme, LinkStyle style, string? baseUrl)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<SectionPlan, Dictionary<string, int>> _positions = new(ReferenceEqualityComparer.Instance);

    private SiteConfig Config => plan.Config;

    /// <summary>The related articles shown on article pages.</summary>
    public RelatedArticles Related { get; init; } = RelatedArticles.None;

    private string Url(string fromFolder, string toFolder) => SitePaths.Page(fromFolder, toFolder, style);

    private string? Absolute(string folder) => baseUrl is null ? null : baseUrl + folder;

    private IReadOnlyDictionary<string, string> Strings(string language) => theme.Strings(language);

    /// <summary>A locale's name in its own language, e.g. "Русский (Казахстан)".</summary>
    /// <remarks>Made once per locale: the language switcher of every page names every locale.</remarks>
    public string LocaleName(LocaleConfig locale) =>
        _localeNames.TryGetValue(locale, out var name) ? name : _localeNames.GetOrAdd(locale, NameOf(locale));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<LocaleConfig, string> _localeNames = new(ReferenceEqualityComparer.Instance);

    private string NameOf(LocaleConfig locale)
    {
        var strings = Strings(locale.Language);
        var language = strings.GetValueOrDefault($"language.{locale.Language}", locale.Language);
        var country = strings.GetValueOrDefault($"country.{locale.Country}", locale.Country);
        return $"{language} ({country})";
    }

    private SiteView Site(string language) => new(
        Config.Title.Get(language, Config.Fallback),
        Config.Support.Email,
        Config.Support.Url,
        Config.Support.Hours.Values.Count == 0 ? null : Config.Support.Hours.Get(language, Config.Fallback));

    private LocaleView LocaleView(LocaleConfig locale, string fromFolder) =>
        new(locale.Code, locale.Language, locale.Country, locale.Bcp47, LocaleName(locale), Url(fromFolder, $"{locale.Code}/"));

    /// <summary>The fields every locale page shares.</summary>
    private PageModel Base(string kind, LocalePlan locale, string folder, string title) => new()
    {
        Kind = kind,
        Lang = locale.Locale.Bcp47,
        Title = title,
        Root = SitePaths.Root(folder),
        IndexFile = style == LinkStyle.IndexHtml ? "index.html" : string.Empty,
        Canonical = Absolute(folder),
        Site = Site(locale.Locale.Language),
        Locale = LocaleView(locale.Locale, folder),
        Strings = Strings(locale.Locale.Language),
        Sections = new LazyList<SectionView>(() => Sections(locale, folder, currentSection: null, currentArticle: null)),
        HomeUrl = Url(folder, $"{locale.Locale.Code}/"),
        SearchUrl = Url(folder, $"{locale.Locale.Code}/search/"),
        SearchIndexUrl = SitePaths.Relative(folder, $"{locale.Locale.Code}/search/"),
    };

    private List<SectionView> Sections(LocalePlan locale, string folder, string? currentSection, string? currentArticle) =>
        locale.Sections.Select(s => Section(locale, s, folder, currentSection, currentArticle)).ToList();

    /// <param name="summaries">False for an article page's sidebar, which lists its articles without summaries.</param>
    private SectionView Section(LocalePlan locale, SectionPlan section, string folder, string? currentSection, string? currentArticle, bool summaries = true)
    {
        var language = locale.Locale.Language;
        var description = section.Section.Description.Get(language, Config.Fallback);
        // Made when a template reads them: most pages list the sections only by title (a section page of a large site
        // would otherwise build a link to every article of every section).
        var articles = new LazyList<ArticleLinkView>(() => section.Articles
            .Select(a => new ArticleLinkView(a.Source.FrontMatter.Title, summaries ? a.Source.FrontMatter.Summary : null, Url(folder, a.SitePath), a.Key == currentArticle))
            .ToList());
        return new SectionView(
            section.Section.Id,
            section.Section.Title.Get(language, Config.Fallback),
            description.Length == 0 ? null : description,
            Url(folder, $"{locale.Locale.Code}/{section.Section.Id}/"),
            section.Section.Id == currentSection,
            articles);
    }

    /// <summary>The switcher: each locale's counterpart of this page (<paramref name="counterpart"/>), else its home.</summary>
    private List<SwitcherItem> Switcher(LocaleConfig current, string folder, Func<LocalePlan, string?> counterpart) =>
        plan.Locales.Select(l => new SwitcherItem(
                l.Locale.Code,
                l.Locale.Bcp47,
                LocaleName(l.Locale),
                Url(folder, counterpart(l) ?? $"{l.Locale.Code}/"),
                l.Locale.Code == current.Code))
            .ToList();

    /// <summary>hreflang alternates: the pages of this set in every locale, plus x-default (the root chooser).</summary>
    private List<AlternateLink> Alternates(string folder, IEnumerable<(LocaleConfig Locale, string Folder)> pages)
    {
        var links = pages.Select(p => new AlternateLink(p.Locale.Bcp47, Absolute(p.Folder) ?? Url(folder, p.Folder))).ToList();
        if (links.Count > 0) links.Add(new AlternateLink("x-default", Absolute(string.Empty) ?? Url(folder, string.Empty)));
        return links;
    }
}
