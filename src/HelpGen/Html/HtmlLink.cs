namespace HelpGen.Html;

/// <summary>
/// One URL an HTML element carries, as written (<see cref="Href"/>), with the element's name and the 1-based line and
/// column of its start tag in the parsed text (0 when the parser kept no positions).
/// </summary>
internal sealed record HtmlLink(string Href, LinkRole Role, string Element, int Line = 0, int Column = 0);

/// <summary>
/// What a URL asks for: another page (a broken one is HG2001), a resource the page loads (HG2004), or, for
/// <c>&lt;img usemap&gt;</c>, a <c>&lt;map name&gt;</c> of the same page.
/// </summary>
internal enum LinkRole
{
    Page,
    Resource,
    ImageMap,
}
