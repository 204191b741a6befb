namespace HelpGen.Content;

/// <summary>
/// One Markdown file under <c>&lt;language&gt;/&lt;section&gt;/</c>: <c>slug.md</c> (generic) or
/// <c>slug.&lt;country&gt;.md</c> (a country variant that replaces the generic file in that country).
/// </summary>
/// <param name="FullPath">Absolute path on disk, used only for I/O.</param>
/// <param name="DisplayPath">The path shown in diagnostics: relative to the current folder with '/'.</param>
/// <param name="Country">Upper-case country of a variant file, or null for the generic file.</param>
/// <param name="Body">The body after the front matter (<see cref="Markdown"/> reads it).</param>
/// <param name="BodyLine">The 1-based line in the file where the body starts.</param>
public sealed record SourceArticle(
    string FullPath,
    string DisplayPath,
    string Language,
    string Section,
    string Slug,
    string? Country,
    FrontMatter FrontMatter,
    MarkdownBody Body,
    int BodyLine)
{
    /// <summary>The body after the front matter (read again from the file when the content was loaded without text).</summary>
    public string Markdown => Body.Read();

    /// <summary>The article's identity across languages and countries, e.g. <c>registration/sign-up</c>.</summary>
    /// <remarks>Made once (links, plans and pages ask for it everywhere); no code copies a source <c>with</c> another section or slug.</remarks>
    public string Key { get; } = $"{Section}/{Slug}";
}
