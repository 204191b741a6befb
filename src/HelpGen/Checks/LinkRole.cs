namespace HelpGen.Checks;

/// <summary>What a link in a page asks for: another page (a broken one is HG2001) or a resource the page loads (HG2004).</summary>
internal enum LinkRole
{
    Page,
    Resource,
}
