namespace HelpGen.Configuration;

/// <summary>
/// site.yml's <c>feedback</c>: where "Was this article helpful?" sends the reader when they click Yes or No. Either
/// <see cref="Url"/>, an http(s) address with the placeholders <c>{key}</c>, <c>{locale}</c> and <c>{helpful}</c>
/// (<c>yes</c> or <c>no</c>), or <see cref="Email"/>, an address for a <c>mailto:</c> link with the article key in the
/// subject. Null on <see cref="SiteConfig.Feedback"/> when absent: no widget.
/// </summary>
public sealed record FeedbackConfig(string? Url, string? Email)
{
    /// <summary>The link for one article and answer, values URL-encoded.</summary>
    public string LinkFor(string key, string locale, bool helpful)
    {
        var answer = helpful ? "yes" : "no";
        if (Url is not null)
        {
            return Url.Replace("{key}", Uri.EscapeDataString(key), StringComparison.Ordinal)
                .Replace("{locale}", Uri.EscapeDataString(locale), StringComparison.Ordinal)
                .Replace("{helpful}", answer, StringComparison.Ordinal);
        }

        var subject = $"Feedback: {key} ({locale}), helpful: {answer}";
        return $"mailto:{Email}?subject={Uri.EscapeDataString(subject)}";
    }
}
