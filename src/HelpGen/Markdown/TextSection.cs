namespace HelpGen.Markdown;

/// <summary>
/// The plain text of an article between two headings, for search: text before the first heading
/// has no <see cref="HeadingId"/>.
/// </summary>
public sealed record TextSection(string? HeadingId, string? HeadingText, string Text);
