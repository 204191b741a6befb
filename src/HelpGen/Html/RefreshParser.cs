namespace HelpGen.Html;

/// <summary>Reads the target of <c>&lt;meta http-equiv="refresh" content="0; url=/en-us/"&gt;</c>, or null when it names none.</summary>
internal static class RefreshParser
{
    public static string? Url(string content)
    {
        var separator = content.IndexOfAny([';', ',']);
        if (separator < 0)
        {
            return null;
        }

        var rest = content[(separator + 1)..].TrimStart();
        if (rest.StartsWith("url", StringComparison.OrdinalIgnoreCase))
        {
            var afterKey = rest[3..].TrimStart();
            if (afterKey.StartsWith('='))
            {
                rest = afterKey[1..].TrimStart();
            }
        }

        if (rest.Length > 0 && (rest[0] == '\'' || rest[0] == '"'))
        {
            var quote = rest[0];
            var end = rest.IndexOf(quote, 1);
            rest = end < 0 ? rest[1..] : rest[1..end];
        }

        rest = rest.Trim();
        return rest.Length == 0 ? null : rest;
    }
}
