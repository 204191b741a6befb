using System.Collections.Concurrent;
using HelpGen.Content;
using HelpGen.Markdown;
using HelpGen.Search;

namespace HelpGen.Preview;

/// <summary>
/// One locale's text blocks (<c>x0</c>, <c>x1</c>, …) for the whole-site stage: a block is kept from the previous
/// result when it holds the same pages from the same source objects, in the same places (then it has the same bytes);
/// a block written anew gets its texts from <see cref="Outlines.Texts"/>. At 10,000 articles a block is one article,
/// so after an edit one block is written.
/// </summary>
internal sealed class TextBlockReuse(LocalePlan locale, IReadOnlyDictionary<string, TextBlock> previous, Outlines outlines) : ITextBlocks
{
    private readonly Dictionary<string, SourceArticle> _sources = locale.Articles.ToDictionary(a => a.SitePath, a => a.Source, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TextBlock> _blocks = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _kept = [];

    /// <summary>The files kept from the previous result.</summary>
    public IEnumerable<string> Kept => _kept;

    public string? Keep(string name, IReadOnlyList<SearchDocument> documents)
    {
        var block = new TextBlock(string.Empty, documents.Select(d => d.Url).ToList(), documents.Select(d => _sources[d.Url]).ToList());
        _blocks[name] = block;
        if (!previous.TryGetValue(Key(name), out var old) || !old.Holds(block)) return null;
        _kept.Add(old.Path);
        return old.Path;
    }

    public IReadOnlyList<TextSection> Texts(SearchDocument document) => outlines.Texts(_sources[document.Url]);

    /// <summary>The blocks of this locale with their files, once its index is made (<paramref name="paths"/>: the index's files).</summary>
    public IEnumerable<KeyValuePair<string, TextBlock>> Blocks(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var name = IndexFileWriter.NamesOf(path).Name;
            if (_blocks.TryGetValue(name, out var block)) yield return KeyValuePair.Create(Key(name), block with { Path = path });
        }
    }

    private string Key(string name) => $"{locale.Locale.Code} {name}";
}

/// <summary>A text block's file and the pages it holds (their URLs, and the source object of each).</summary>
internal sealed record TextBlock(string Path, IReadOnlyList<string> Urls, IReadOnlyList<SourceArticle> Sources)
{
    public bool Holds(TextBlock other) =>
        Urls.SequenceEqual(other.Urls, StringComparer.Ordinal) && Sources.SequenceEqual(other.Sources, ReferenceEqualityComparer.Instance);
}
