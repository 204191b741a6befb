using System.Text;

namespace HelpGen.Theming;

/// <summary>
/// Text that is already HTML (the rendered article body, the output of a partial): the theme writes it as it is,
/// where every other value printed by <c>{{ }}</c> is escaped. An article body is kept as UTF-8 (<see cref="Utf8"/>),
/// which a page rendered to UTF-8 copies as it is; its text is decoded only when asked for.
/// </summary>
public sealed class HtmlFragment
{
    private string? _html;

    public HtmlFragment(string html) => _html = html;

    /// <param name="utf8">The markup as UTF-8 bytes.</param>
    public HtmlFragment(byte[] utf8) => Utf8 = utf8;

    /// <summary>The HTML markup.</summary>
    public string Html => _html ??= Encoding.UTF8.GetString(Utf8!);

    /// <summary>The markup as UTF-8, when the fragment was made from bytes; else null.</summary>
    public byte[]? Utf8 { get; }

    /// <inheritdoc/>
    public override string ToString() => Html;
}
