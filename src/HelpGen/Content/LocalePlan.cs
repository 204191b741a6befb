using HelpGen.Configuration;

namespace HelpGen.Content;

/// <summary>One locale's sections (non-empty only, in site.yml order) with their ordered articles.</summary>
public sealed record LocalePlan(LocaleConfig Locale, IReadOnlyList<SectionPlan> Sections)
{
    public IEnumerable<LocalizedArticle> Articles => Sections.SelectMany(s => s.Articles);
}
