namespace HelpGen.Configuration;

/// <summary>Settings for <c>helpgen check</c>: URL patterns (regular expressions) never reported.</summary>
public sealed record CheckConfig(IReadOnlyList<string> Ignore)
{
    public static readonly CheckConfig Empty = new(Array.Empty<string>());
}
