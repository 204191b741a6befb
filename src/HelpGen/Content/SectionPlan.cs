using HelpGen.Configuration;

namespace HelpGen.Content;

/// <summary>A section as one locale shows it, with its articles in display order.</summary>
public sealed record SectionPlan(SectionConfig Section, IReadOnlyList<LocalizedArticle> Articles);
