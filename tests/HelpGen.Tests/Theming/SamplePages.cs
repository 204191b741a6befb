using HelpGen.Theming;

namespace HelpGen.Tests.Theming;

/// <summary>Hand-built page models of every kind, shaped like the ones the build pipeline produces.</summary>
internal static class SamplePages
{
    public static PageModel Article(Theme theme, string lang = "ru", string country = "KZ", Func<ArticleView, ArticleView>? change = null)
    {
        var article = new ArticleView(
            Title: "Регистрация по ID спонсора",
            Summary: "Как создать аккаунт, если у вас есть ID спонсора.",
            BodyHtml: "<p>Откройте форму регистрации.</p><h2 id=\"шаг-1\">Шаг 1</h2><p>Введите ID.</p><h3 id=\"если-id-неизвестен\">Если ID неизвестен</h3><p>Спросите спонсора.</p><h2 id=\"шаг-2\">Шаг 2</h2><p>Подтвердите почту.</p>",
            Toc: [new TocEntry("шаг-1", "Шаг 1", 2), new TocEntry("если-id-неизвестен", "Если ID неизвестен", 3), new TocEntry("шаг-2", "Шаг 2", 2)],
            Updated: "2025-03-01",
            AppliesTo: [country],
            IsFallback: false,
            Tags: ["регистрация"],
            Previous: new LinkView("Письмо с подтверждением", "../confirmation-email/"),
            Next: new LinkView("Проблемы со входом", "../../personal-account/sign-in-problems/"));
        return Base(theme, "article", lang, country, "../../../") with
        {
            Title = article.Title,
            Description = article.Summary,
            Canonical = $"https://help.example.org/{lang}-{country.ToLowerInvariant()}/registration/sign-up/",
            Alternates =
            [
                new AlternateLink("en-US", "https://help.example.org/en-us/registration/sign-up/"),
                new AlternateLink("ru-KZ", "https://help.example.org/ru-kz/registration/sign-up/"),
                new AlternateLink("x-default", "https://help.example.org/"),
            ],
            Breadcrumbs = [new LinkView("Справочный центр", "../../"), new LinkView("Регистрация", "../")],
            Section = Sections(true)[0],
            Article = change is null ? article : change(article),
        };
    }

    public static PageModel Home(Theme theme, string lang = "en", string country = "US") =>
        Base(theme, "home", lang, country, "../") with { Title = "Member Help Center" };

    public static PageModel Section(Theme theme, string lang = "en", string country = "US") =>
        Base(theme, "section", lang, country, "../../") with
        {
            Title = "Registration",
            Breadcrumbs = [new LinkView("Member Help Center", "../")],
            Section = Sections(true)[0],
        };

    public static PageModel Search(Theme theme, string lang = "en", string country = "US") =>
        Base(theme, "search", lang, country, "../../") with { Title = "Search", NoIndex = true };

    public static PageModel NotFound(Theme theme, string lang = "en", string country = "US") =>
        Base(theme, "notfound", lang, country, string.Empty) with { Title = "Page not found", NoIndex = true };

    public static PageModel Chooser(Theme theme) =>
        Base(theme, "chooser", "en", "US", string.Empty) with
        {
            Title = "Member Help Center",
            Locale = null,
            Switcher = [],
            HomeUrl = null,
            SearchUrl = null,
            SearchIndexUrl = null,
            LocaleGroups =
            [
                new LocaleGroupView("en", "English", [new SwitcherItem("en-us", "en-US", "English (United States)", "en-us/", false)]),
                new LocaleGroupView("de", "Deutsch", [new SwitcherItem("de-de", "de-DE", "Deutsch (Deutschland)", "de-de/", false)]),
                new LocaleGroupView("ru", "Русский",
                [
                    new SwitcherItem("ru-ru", "ru-RU", "Русский (Россия)", "ru-ru/", false),
                    new SwitcherItem("ru-kz", "ru-KZ", "Русский (Казахстан)", "ru-kz/", false),
                ]),
            ],
        };

    private static PageModel Base(Theme theme, string kind, string lang, string country, string root)
    {
        var code = $"{lang}-{country.ToLowerInvariant()}";
        var home = root.Length == 0 ? $"{code}/" : root.EndsWith("../../", StringComparison.Ordinal) ? root[3..] : "./";
        return new PageModel
        {
            Kind = kind,
            Lang = lang,
            Title = "Page",
            Root = root,
            IndexFile = string.Empty,
            Site = new SiteView("Member Help Center", "support@example.org", "https://example.org/contact", "Monday to Friday"),
            Locale = new LocaleView(code, lang, country, $"{lang}-{country}", $"{lang} ({country})", home),
            Strings = theme.Strings(lang),
            Switcher =
            [
                new SwitcherItem("en-us", "en-US", "English (United States)", $"{root}en-us/", code == "en-us"),
                new SwitcherItem("de-de", "de-DE", "Deutsch (Deutschland)", $"{root}de-de/", code == "de-de"),
                new SwitcherItem("ru-kz", "ru-KZ", "Русский (Казахстан)", $"{root}ru-kz/", code == "ru-kz"),
            ],
            Sections = Sections(kind == "section" || kind == "article"),
            HomeUrl = home,
            SearchUrl = $"{home}search/",
            SearchIndexUrl = $"{home}search/",
        };
    }

    private static IReadOnlyList<SectionView> Sections(bool firstIsCurrent) =>
    [
        new SectionView("registration", "Registration", "How to join with your sponsor's ID.", "../registration/", firstIsCurrent,
        [
            new ArticleLinkView("Sign up with a sponsor ID", "Create your account.", "../registration/sign-up/", firstIsCurrent),
            new ArticleLinkView("Confirmation email", null, "../registration/confirmation-email/", false),
        ]),
        new SectionView("faq", "FAQ", "Getting around this help center.", "../faq/", false,
        [
            new ArticleLinkView("Forgot password", "Reset it in two minutes.", "../faq/forgot-password/", false),
        ]),
    ];
}
