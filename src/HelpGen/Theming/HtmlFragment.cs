namespace HelpGen.Theming;

/// <summary>
/// Text that is already HTML (the rendered article body, the output of a partial): the theme writes it as it is,
/// where every other value printed by <c>{{ }}</c> is escaped.
/// </summary>
public sealed class HtmlFragment(string html)
{
    /// <summary>The HTML markup.</summary>
    public string Html { get; } = html;

    /// <inheritdoc/>
    public override string ToString() => Html;
}
