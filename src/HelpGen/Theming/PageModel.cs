namespace HelpGen.Theming;

/// <summary>
/// Everything a theme template sees for one page: plain values, no internal types.
/// URLs are relative to the page (they work from any folder and from file://) unless named absolute.
/// Text is raw: templates print it escaped with <c>{{ }}</c>; only <see cref="ArticleView.Body"/> is HTML.
/// Optional text is null when absent, never empty; lists are tested with <c>.size &gt; 0</c>.
/// In templates every member is named in snake_case (<see cref="ThemeNaming"/>).
/// </summary>
public sealed record PageModel
{
    private readonly string? _description;
    private readonly string? _canonical;
    private readonly string? _homeUrl;
    private readonly string? _searchUrl;

    /// <summary>Which layout renders the page: chooser, home, section, article, search or notfound.</summary>
    public required string Kind { get; init; }

    /// <summary>The BCP 47 language of the page text, for <c>&lt;html lang&gt;</c>.</summary>
    public required string Lang { get; init; }

    public required string Title { get; init; }

    public string? Description { get => _description; init => _description = OptionalText.Of(value); }

    /// <summary>Relative prefix from this page to the site root: "" or "../../" (always ends with '/' when not empty).</summary>
    public required string Root { get; init; }

    /// <summary>How links to folders end: "" for servers (<c>sign-up/</c>), "index.html" for the offline bundle.</summary>
    public required string IndexFile { get; init; }

    public string? Canonical { get => _canonical; init => _canonical = OptionalText.Of(value); }

    public bool NoIndex { get; init; }

    public bool IsDraft { get; init; }

    public IReadOnlyList<AlternateLink> Alternates { get; init; } = [];

    public required SiteView Site { get; init; }

    public LocaleView? Locale { get; init; }

    /// <summary>UI strings of the theme in the page's language (i18n/&lt;lang&gt;.yml).</summary>
    public required IReadOnlyDictionary<string, string> Strings { get; init; }

    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];

    /// <summary>The language and country switcher: every locale, linking to this page's counterpart there.</summary>
    public IReadOnlyList<SwitcherItem> Switcher { get; init; } = [];

    /// <summary>The locale's sections with their articles (home page and navigation).</summary>
    public IReadOnlyList<SectionView> Sections { get; init; } = [];

    public SectionView? Section { get; init; }

    public ArticleView? Article { get; init; }

    /// <summary>For the root chooser: the locales grouped by language.</summary>
    public IReadOnlyList<LocaleGroupView> LocaleGroups { get; init; } = [];

    /// <summary>Relative URLs of this locale's home and search pages.</summary>
    public string? HomeUrl { get => _homeUrl; init => _homeUrl = OptionalText.Of(value); }

    public string? SearchUrl { get => _searchUrl; init => _searchUrl = OptionalText.Of(value); }

    /// <summary>
    /// Home and search pages: what is offered under the search field, either searches from site.yml
    /// (<c>search.suggestions</c>, linking to the search page) or the first articles of the first sections.
    /// </summary>
    public IReadOnlyList<LinkView> Suggestions { get; init; } = [];

    /// <summary>
    /// For a page served at URLs other than its own (a locale's 404 page): the absolute path of its folder, written
    /// as <c>&lt;base href&gt;</c> so that its relative links work at any depth. Null for every other page.
    /// </summary>
    public string? BaseHref { get; init; }

    /// <summary>Relative URL of the folder holding this locale's search index files.</summary>
    public string? SearchIndexUrl { get; init; }
}
