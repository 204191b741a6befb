using HelpGen.Markdown;

namespace HelpGen.Search;

/// <summary>
/// The words of a <see cref="SearchDocument"/>'s fields (see <see cref="Tokenizer"/>), split once per source file:
/// the search index, its compound splitting and the related-articles finder all read these, and locales that show
/// the same file (ru-ru and ru-kz) share them.
/// </summary>
public sealed record ArticleWords(
    IReadOnlyList<string> Title,
    IReadOnlyList<IReadOnlyList<string>> Tags,
    IReadOnlyList<string> Summary,
    IReadOnlyList<SectionWords> Sections)
{
    /// <summary>Tokenizes the fields of <paramref name="document"/>.</summary>
    public static ArticleWords Of(SearchDocument document) => Of(document.Title, document.Summary, document.Tags, document.Sections);

    /// <summary>Tokenizes an article's title, summary, tags and text sections.</summary>
    public static ArticleWords Of(string title, string? summary, IReadOnlyList<string> tags, IReadOnlyList<TextSection> sections) => new(
        Tokenizer.Tokenize(title),
        tags.Select(Tokenizer.Tokenize).ToList(),
        Tokenizer.Tokenize(summary ?? string.Empty),
        sections.Select(s =>
        {
            var (plain, quoted) = DocumentAnalyzer.BodyWords(s.Text, s.Code);
            return new SectionWords(Tokenizer.Tokenize(s.HeadingText ?? string.Empty), plain, quoted);
        }).ToList());

    /// <summary>Every word, field by field (title, tags, summary, then each section's heading and body).</summary>
    public IEnumerable<string> All() =>
        Title.Concat(Tags.SelectMany(t => t)).Concat(Summary).Concat(Sections.SelectMany(s => s.Heading.Concat(s.Plain).Concat(s.Quoted)));
}

/// <summary>The words of one text section: its heading, its body outside quotations and code, and inside them.</summary>
public sealed record SectionWords(IReadOnlyList<string> Heading, IReadOnlyList<string> Plain, IReadOnlyList<string> Quoted);
