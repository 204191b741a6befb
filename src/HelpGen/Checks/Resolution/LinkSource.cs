namespace HelpGen.Checks.Resolution;

/// <summary>The Markdown file and position that produced a link in a page.</summary>
internal sealed record LinkSource(string File, int Line, int Column);
