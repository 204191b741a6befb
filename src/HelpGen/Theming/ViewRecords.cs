namespace HelpGen.Theming;

/// <summary>A titled link.</summary>
public sealed record LinkView(string Title, string Url);

/// <summary>A <c>&lt;link rel=alternate hreflang&gt;</c> entry.</summary>
public sealed record AlternateLink(string Hreflang, string Url);

/// <summary>Site-wide values.</summary>
public sealed record SiteView(string Title, string? SupportEmail, string? SupportUrl, string? SupportHours)
{
    public string? SupportEmail { get; init; } = OptionalText.Of(SupportEmail);

    public string? SupportUrl { get; init; } = OptionalText.Of(SupportUrl);

    public string? SupportHours { get; init; } = OptionalText.Of(SupportHours);
}

/// <summary>The current locale.</summary>
public sealed record LocaleView(string Code, string Language, string Country, string Bcp47, string Name, string HomeUrl);

/// <summary>One entry of the language and country switcher.</summary>
public sealed record SwitcherItem(string Code, string Bcp47, string Name, string Url, bool IsCurrent);

/// <summary>A section with its articles.</summary>
public sealed record SectionView(string Id, string Title, string? Description, string Url, bool IsCurrent, IReadOnlyList<ArticleLinkView> Articles)
{
    public string? Description { get; init; } = OptionalText.Of(Description);

    /// <summary>True when <see cref="Articles"/> shows only part of the section (an article page's sidebar).</summary>
    public bool IsPartial { get; init; }
}

/// <summary>An article in a list.</summary>
public sealed record ArticleLinkView(string Title, string? Summary, string Url, bool IsCurrent)
{
    public string? Summary { get; init; } = OptionalText.Of(Summary);
}

/// <summary>An entry of the in-article table of contents.</summary>
public sealed record TocEntry(string Id, string Text, int Level);

/// <summary>A language with its locales, for the root chooser.</summary>
public sealed record LocaleGroupView(string Language, string Name, IReadOnlyList<SwitcherItem> Locales);

/// <summary>The article on an article page.</summary>
public sealed record ArticleView(
    string Title,
    string? Summary,
    string BodyHtml,
    IReadOnlyList<TocEntry> Toc,
    string? Updated,
    IReadOnlyList<string> AppliesTo,
    bool IsFallback,
    IReadOnlyList<string> Tags,
    LinkView? Previous,
    LinkView? Next)
{
    public string? Summary { get; init; } = OptionalText.Of(Summary);

    public string? Updated { get; init; } = OptionalText.Of(Updated);

    /// <summary>The rendered article body, marked as HTML so the theme prints it unescaped (<c>{{ article.body }}</c>).</summary>
    public HtmlFragment Body => BodyUtf8 is { } utf8 ? new(utf8) : new(BodyHtml);

    /// <summary>The body as UTF-8 when the page was made from a rendered article (then <see cref="BodyHtml"/> is empty); else null.</summary>
    internal byte[]? BodyUtf8 { get; init; }

    /// <summary>"Was this article helpful?": the links of Yes and No (site.yml <c>feedback</c>); null shows no widget.</summary>
    public FeedbackView? Feedback { get; init; }

    /// <summary>Up to five related articles of the same locale, best first (shared tags, then shared distinctive words).</summary>
    public IReadOnlyList<LinkView> Related { get; init; } = [];
}

/// <summary>The two answers of the feedback widget, as links that open a pre-filled form or e-mail.</summary>
public sealed record FeedbackView(string YesUrl, string NoUrl);
