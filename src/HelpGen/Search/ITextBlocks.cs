using HelpGen.Markdown;

namespace HelpGen.Search;

/// <summary>
/// Where a locale's text blocks (<c>x0</c>, <c>x1</c>, …: the section texts shown in snippets) come from. Without one,
/// <see cref="SearchIndexBuilder"/> writes every block from its documents' sections. An incremental build keeps the
/// blocks its previous build wrote for the same documents, and gives the texts of an article it read from its store
/// without them only for a block it has to write.
/// </summary>
public interface ITextBlocks
{
    /// <summary>The path of the file kept for the block <paramref name="name"/> of <paramref name="documents"/>; null when it is to be written.</summary>
    string? Keep(string name, IReadOnlyList<SearchDocument> documents);

    /// <summary>The sections of <paramref name="document"/> with their texts, for a block that is written.</summary>
    IReadOnlyList<TextSection> Texts(SearchDocument document);
}
