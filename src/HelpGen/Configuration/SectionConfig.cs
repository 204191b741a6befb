namespace HelpGen.Configuration;

/// <summary>A section of the help center (a folder under each language), in home-page order.</summary>
public sealed record SectionConfig(string Id, LocalizedText Title, LocalizedText Description);
