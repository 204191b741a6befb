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
            var (plain, quoted) = BodyWords(s.Text, s.Code);
            return new SectionWords(Tokenizer.Tokenize(s.HeadingText ?? string.Empty), plain, quoted);
        }).ToList());

    /// <summary>
    /// The words of a section's text outside quotations and code, and those inside (they weigh less in the index:
    /// an article does not win on the example searches it quotes).
    /// </summary>
    internal static (string[] Plain, string[] Quoted) BodyWords(string text, string code)
    {
        var inCode = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in Tokenizer.Tokenize(code))
        {
            inCode[word] = inCode.GetValueOrDefault(word) + 1;
        }

        var plain = t_plain ??= new List<string>(4096);
        plain.Clear();
        var quoted = new List<string>();
        foreach (var (run, isQuoted) in QuotedText.Split(text))
        {
            foreach (var word in Tokenizer.Tokenize(run))
            {
                var codeLeft = inCode.GetValueOrDefault(word);
                if (codeLeft > 0)
                {
                    inCode[word] = codeLeft - 1;
                }

                (isQuoted || codeLeft > 0 ? quoted : plain).Add(word);
            }
        }

        var words = (plain.ToArray(), quoted.ToArray());
        if (plain.Capacity > 1 << 16) t_plain = null;
        return words;
    }

    /// <summary>The body words of the article being split on this thread (reused: only its exact-size copy is kept).</summary>
    [ThreadStatic]
    private static List<string>? t_plain;

    /// <summary>Every word, field by field (title, tags, summary, then each section's heading and body).</summary>
    public IEnumerable<string> All() =>
        Title.Concat(Tags.SelectMany(t => t)).Concat(Summary).Concat(Sections.SelectMany(s => s.Heading.Concat(s.Plain).Concat(s.Quoted)));
}

/// <summary>The words of one text section: its heading, its body outside quotations and code, and inside them.</summary>
public sealed record SectionWords(IReadOnlyList<string> Heading, IReadOnlyList<string> Plain, IReadOnlyList<string> Quoted);
