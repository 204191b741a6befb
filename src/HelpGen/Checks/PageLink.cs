namespace HelpGen.Checks;

/// <summary>One URL found in a page, as written (<see cref="Href"/>), with the element that carried it.</summary>
internal sealed record PageLink(string Href, LinkRole Role, string Element);
