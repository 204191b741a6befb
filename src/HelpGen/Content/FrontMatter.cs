namespace HelpGen.Content;

/// <summary>The YAML header of an article, validated and typed.</summary>
public sealed record FrontMatter(
    string Title,
    string? Summary,
    int? Order,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Aliases,
    string? Updated,
    bool Draft)
{
    /// <summary>True when <paramref name="country"/> may see the article (no list means everywhere).</summary>
    public bool AppliesTo(string country) =>
        Countries.Count == 0 || Countries.Any(c => string.Equals(c, country, StringComparison.OrdinalIgnoreCase));
}
