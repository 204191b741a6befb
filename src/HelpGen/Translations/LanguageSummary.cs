namespace HelpGen.Translations;

/// <summary>The counts of one language: of <see cref="Expected"/> articles, how many exist and how many are stale.</summary>
public sealed record LanguageSummary(string Language, bool IsReference, int Expected, int Translated, int Missing, int Outdated, int Unknown);
