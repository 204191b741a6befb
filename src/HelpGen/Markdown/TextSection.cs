namespace HelpGen.Markdown;

/// <summary>
/// The plain text of an article between two headings, for search: text before the first heading
/// has no <see cref="HeadingId"/>. <see cref="Code"/> repeats the text of the section's code spans and code blocks
/// (which <see cref="Text"/> also contains), so that search can give words only found in code little weight.
/// </summary>
public sealed record TextSection(string? HeadingId, string? HeadingText, string Text, string Code = "");
