using HelpGen.Markdown;

namespace HelpGen.Search;

/// <summary>
/// One article as the search index sees it, for one locale.
/// <see cref="Url"/> is the page's folder relative to the site root, e.g. <c>de-de/logistics/track-order/</c>.
/// </summary>
public sealed record SearchDocument(
    string Url,
    string Title,
    string? Summary,
    string SectionId,
    string SectionTitle,
    IReadOnlyList<string> Tags,
    IReadOnlyList<TextSection> Sections)
{
    private ArticleWords? _words;

    /// <summary>
    /// The words of the fields, tokenized on first use; a builder that shows one source file in several locales
    /// passes the same words to each (<see cref="SearchDocumentFactory"/>).
    /// </summary>
    internal ArticleWords Words
    {
        get => _words ?? Interlocked.CompareExchange(ref _words, ArticleWords.Of(this), null) ?? _words!;
        init => _words = value;
    }
}
