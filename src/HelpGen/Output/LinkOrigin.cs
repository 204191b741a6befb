namespace HelpGen.Output;

/// <summary>A link as written in the page (<see cref="Href"/>) and the Markdown line that produced it.</summary>
public sealed record LinkOrigin(string Href, int Line, int Column);
