namespace HelpGen.Checks.Html;

/// <summary>One URL found in a page, as written (<see cref="Href"/>), with the element that carried it.</summary>
internal sealed record PageLink(string Href, LinkRole Role, string Element);

/// <summary>What a link in a page asks for: another page (a broken one is HG2001) or a resource the page loads (HG2004).</summary>
internal enum LinkRole
{
    Page,
    Resource,
}
