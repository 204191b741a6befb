using HelpGen.Building;
using HelpGen.Diagnostics;

namespace HelpGen.Preview;

/// <summary>
/// What the preview computes over the whole site in the background (<see cref="SiteStage"/>) for one snapshot: the
/// related articles of every article page, the files that need the whole site (search index, sitemap.xml,
/// robots.txt, alias redirects, host files) and the source's assets, with the diagnostics of that work (stage Site).
/// <see cref="IndexPaths"/> names each locale's search index files, so the next run can keep those of a locale whose
/// articles did not change (<see cref="KeptLocales"/>); <see cref="Indexed"/> and <see cref="TextBlocks"/> let it take
/// the words and text blocks of unchanged articles in the other locales.
/// </summary>
internal sealed record SiteResult(
    PreviewSnapshot? Basis,
    RelatedArticles Related,
    SiteFiles Files,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The search index files of each locale, by locale code.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> IndexPaths { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The locales whose index and related articles were taken from the previous result, in site order.</summary>
    public IReadOnlyList<string> KeptLocales { get; init; } = [];

    /// <summary>Every source file's words and outline without texts, by full path.</summary>
    public IReadOnlyDictionary<string, IndexedArticle> Indexed { get; init; } = new Dictionary<string, IndexedArticle>();

    /// <summary>Every locale's text blocks, by locale code and block name (<c>en-us x12</c>).</summary>
    public IReadOnlyDictionary<string, TextBlock> TextBlocks { get; init; } = new Dictionary<string, TextBlock>();

    /// <summary>The source files this run parsed (the others were taken from the previous result).</summary>
    public int Parsed { get; init; }

    /// <summary>The text blocks of the locales indexed again that were kept from the previous result.</summary>
    public int KeptTextBlocks { get; init; }

    /// <summary>Before the first background run: of no snapshot, no related articles, no site files.</summary>
    public static SiteResult Empty { get; } = new(null, RelatedArticles.None, SiteFiles.Empty, []);
}
