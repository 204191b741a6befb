namespace HelpGen.Markdown;

/// <summary>A heading of an article: its anchor id, plain text, level (2 for <c>##</c>) and source line.</summary>
public sealed record Heading(string Id, string Text, int Level, int Line);
