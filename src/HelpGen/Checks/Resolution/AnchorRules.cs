namespace HelpGen.Checks.Resolution;

/// <summary>When a #fragment finds its target, the way browsers decide it (HTML's "find a potential indicated element").</summary>
internal static class AnchorRules
{
    /// <summary>True when an element has the fragment as id (raw or percent-decoded), or the fragment is "top".</summary>
    public static bool Exists(IReadOnlySet<string> ids, string fragment, string rawFragment) =>
        ids.Contains(rawFragment)
        || ids.Contains(fragment)
        || fragment.Equals("top", StringComparison.OrdinalIgnoreCase);

    public static string Message(string href, string targetPage, string fragment) =>
        $"'{href}': the page /{targetPage} has no element with id '{fragment}'.";
}
