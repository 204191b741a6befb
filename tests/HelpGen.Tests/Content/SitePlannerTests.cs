using System.Globalization;
using HelpGen.Configuration;
using HelpGen.Content;
using HelpGen.Diagnostics;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Content;

public sealed class SitePlannerTests
{
    private static SitePlan Plan(TempSite site, bool drafts = false)
    {
        var bag = new DiagnosticBag();
        var config = SiteConfigLoader.Load(site.Source, bag)!;
        var plan = SitePlanner.Plan(ContentLoader.Load(site.Source, config, bag), drafts);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted));
        return plan;
    }

    private static IEnumerable<string> Keys(SitePlan plan, string locale) =>
        plan.Locales.Single(l => l.Locale.Code == locale).Articles.Select(a => a.Key);

    [Fact]
    public void Plan_WithKzOnlyArticles_ShowsThemInRuKzOnly()
    {
        using var site = TempSite.Create("""
            -- ru/payouts/generic.md --
            ---
            title: Общая
            ---
            -- ru/payouts/kz-tax.md --
            ---
            title: Налоги в Казахстане
            countries: [kz]
            ---
            -- ru/payouts/pickup.kz.md --
            ---
            title: Только вариант
            ---
            """);

        var plan = Plan(site);

        Assert.Equal(["payouts/kz-tax", "payouts/generic", "payouts/pickup"], Keys(plan, "ru-kz"));
        Assert.Equal(["payouts/generic"], Keys(plan, "ru-ru"));
        Assert.Empty(Keys(plan, "en-us"));
    }

    [Fact]
    public void Plan_WithCountryVariant_ReplacesTheGenericFileInThatCountryOnly()
    {
        using var site = TempSite.Create("""
            -- ru/registration/sign-up.md --
            ---
            title: Регистрация
            ---
            -- ru/registration/sign-up.kz.md --
            ---
            title: Регистрация в Казахстане
            ---
            """);

        var plan = Plan(site);

        Assert.Null(plan.Find("ru-ru", "registration/sign-up")!.Source.Country);
        var kz = plan.Find("ru-kz", "registration/sign-up")!;
        Assert.Equal("KZ", kz.Source.Country);
        Assert.Equal("Регистрация в Казахстане", kz.Source.FrontMatter.Title);
        Assert.Equal("ru-kz/registration/sign-up/", kz.SitePath);
    }

    [Fact]
    public void Plan_WithoutFallback_LeavesUntranslatedArticlesOut()
    {
        using var site = TempSite.Create("-- en/faq/only-en.md --\n---\ntitle: Only English\n---\n");

        var plan = Plan(site);

        Assert.Equal(["faq/only-en"], Keys(plan, "en-us"));
        Assert.Empty(Keys(plan, "de-de"));
    }

    [Fact]
    public void Plan_WithFallback_ShowsTheFallbackArticleMarkedAsFallback()
    {
        using var site = TempSite.Create("-- site.yml --\n" + TempSite.StandardConfig + "\nfallback: en\n" + """
            -- en/faq/only-en.md --
            ---
            title: Only English
            ---
            -- en/faq/both.md --
            ---
            title: Both
            ---
            -- de/faq/both.md --
            ---
            title: Beide
            ---
            """);

        var plan = Plan(site);

        var fallback = plan.Find("de-de", "faq/only-en")!;
        Assert.True(fallback.IsFallback);
        Assert.Equal("en", fallback.Source.Language);
        Assert.Equal("de-de/faq/only-en/", fallback.SitePath);
        Assert.False(plan.Find("de-de", "faq/both")!.IsFallback);
        Assert.Equal("de", plan.Find("de-de", "faq/both")!.Source.Language);
        Assert.False(plan.Find("en-us", "faq/only-en")!.IsFallback);
    }

    [Fact]
    public void Plan_WithDraft_ShowsItOnlyWithDrafts()
    {
        using var site = TempSite.Create("-- en/faq/wip.md --\n---\ntitle: WIP\ndraft: true\n---\n-- en/faq/done.md --\n---\ntitle: Done\n---\n");

        Assert.Equal(["faq/done"], Keys(Plan(site), "en-us"));
        Assert.Equal(["faq/done", "faq/wip"], Keys(Plan(site, drafts: true), "en-us"));
    }

    [Fact]
    public void Plan_OrdersByOrderThenTitleInTheLanguagesCultureThenOrdinal()
    {
        using var site = TempSite.Create("""
            -- de/faq/z.md --
            ---
            title: Zahlung
            ---
            -- de/faq/ae.md --
            ---
            title: Ärger
            ---
            -- de/faq/a.md --
            ---
            title: Abmeldung
            ---
            -- de/faq/first.md --
            ---
            title: Zuerst
            order: 1
            ---
            -- de/faq/soft.md --
            ---
            title: "Ab\u00ADmeldung"
            ---
            """);
        var previous = CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in new[] { "tr-TR", "en-US", "ru-RU" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);

                var keys = Keys(Plan(site), "de-de");

                Assert.Equal(["faq/first", "faq/a", "faq/soft", "faq/ae", "faq/z"], keys);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Plan_LeavesOutSectionsWithoutArticlesInTheLocale()
    {
        using var site = TempSite.Create("-- en/faq/a.md --\n---\ntitle: A\n---\n-- en/payouts/b.md --\n---\ntitle: B\n---\n-- de/faq/a.md --\n---\ntitle: A\n---\n");

        var plan = Plan(site);

        Assert.Equal(["payouts", "faq"], plan.Locales[0].Sections.Select(s => s.Section.Id));
        Assert.Equal(["faq"], plan.Locales[1].Sections.Select(s => s.Section.Id));
        Assert.Empty(plan.Locales[2].Sections);
    }

    [Fact]
    public void LinkTarget_PrefersTheSameLocaleThenTheFirstLocaleOfTheLanguage_AndPageOfFindsTheFileItself()
    {
        using var site = TempSite.Create("""
            -- ru/payouts/tax.md --
            ---
            title: Налоги
            countries: [RU]
            ---
            -- ru/payouts/pickup.md --
            ---
            title: Самовывоз
            ---
            -- ru/payouts/pickup.kz.md --
            ---
            title: Самовывоз в Казахстане
            ---
            """);
        var plan = Plan(site);
        var ruKz = plan.Locales.Single(l => l.Locale.Code == "ru-kz").Locale;
        var enUs = plan.Locales.Single(l => l.Locale.Code == "en-us").Locale;

        Assert.Equal("ru-kz/payouts/pickup/", plan.LinkTarget(ruKz, "payouts/pickup")!.SitePath);
        Assert.Equal("ru-ru/payouts/tax/", plan.LinkTarget(ruKz, "payouts/tax")!.SitePath);
        Assert.Null(plan.LinkTarget(enUs, "payouts/tax"));
        var variant = plan.Content.Articles.Single(a => a.FullPath.EndsWith("pickup.kz.md", StringComparison.Ordinal));
        Assert.Equal("ru-kz/payouts/pickup/", plan.PageOf(variant)!.SitePath);
    }
}
