namespace HelpGen.Configuration;

/// <summary>How readers reach a human; shown on every article. All parts optional.</summary>
public sealed record SupportConfig(string? Email, string? Url, LocalizedText Hours);
