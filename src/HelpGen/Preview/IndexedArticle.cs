using HelpGen.Content;
using HelpGen.Markdown;
using HelpGen.Search;

namespace HelpGen.Preview;

/// <summary>
/// What the whole-site stage took from one source file for the search index and related articles: its outline
/// without the section texts, and its words. The next run reuses it while the plan shows the same
/// <see cref="SourceArticle"/> object (the read cache gives a new one for any changed file), so after an edit only the
/// edited file is parsed again.
/// </summary>
internal sealed record IndexedArticle(SourceArticle Source, ArticleOutline Outline, ArticleWords Words)
{
    /// <summary>The article of a fresh parse; the texts are left out (a text block that needs them parses again).</summary>
    public static IndexedArticle Of(ArticleOutline outline, ArticleWords words) =>
        new(outline.Source, outline with { Text = outline.Text.Select(s => s with { Text = string.Empty, Code = string.Empty }).ToList() }, words);

    /// <summary>True when it was made from <paramref name="source"/> itself.</summary>
    public bool MadeFrom(SourceArticle source) => ReferenceEquals(Source, source);
}
