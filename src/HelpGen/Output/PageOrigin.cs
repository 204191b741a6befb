namespace HelpGen.Output;

/// <summary>Where a page came from: its Markdown file (as displayed) and the links its body produced, with lines.</summary>
public sealed record PageOrigin(string SourceFile, IReadOnlyList<LinkOrigin> Links);
