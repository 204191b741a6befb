using HelpGen.Content;

namespace HelpGen.Preview;

/// <summary>One article page: the locale and section showing the article.</summary>
internal sealed record ArticlePage(LocalePlan Locale, SectionPlan Section, LocalizedArticle Article);
