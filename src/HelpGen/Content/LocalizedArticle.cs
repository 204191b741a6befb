using HelpGen.Configuration;

namespace HelpGen.Content;

/// <summary>An article as one locale shows it: the chosen source file (generic, country variant or fallback language).</summary>
public sealed record LocalizedArticle(LocaleConfig Locale, SourceArticle Source)
{
    public string Key => Source.Key;

    /// <summary>True when the locale shows the article in the fallback language because it is not translated.</summary>
    public bool IsFallback => Source.Language != Locale.Language;

    /// <summary>The page's folder in the site, e.g. <c>ru-kz/registration/sign-up/</c>.</summary>
    /// <remarks>Made once (every page's links and sidebar ask for it); no code copies an article <c>with</c> another locale or source.</remarks>
    public string SitePath { get; } = $"{Locale.Code}/{Source.Section}/{Source.Slug}/";
}
