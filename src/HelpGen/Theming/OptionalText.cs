namespace HelpGen.Theming;

/// <summary>
/// Optional text of the view models is null when absent, never empty: Scriban treats <c>""</c> as true,
/// so <c>{{ if article.summary }}</c> must see null for "no summary".
/// </summary>
internal static class OptionalText
{
    public static string? Of(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
