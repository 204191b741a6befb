using System.Collections.Concurrent;
using HelpGen.Content;
using HelpGen.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HelpGen.Preview;

/// <summary>
/// Parsed articles kept between rebuilds, by full path. An entry is reused only when the article's Markdown
/// and first body line are the same as when it was parsed (compared exactly, not by hash), so a cached
/// parse always equals a fresh one. Also remembers, per article, the links that name an anchor in another page.
/// </summary>
internal sealed class ParseCache
{
    private readonly ConcurrentDictionary<string, ParsedArticle> _parsed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]> _anchorLinks = new(StringComparer.Ordinal);

    /// <summary>The latest parse of every article, for link resolution.</summary>
    public IReadOnlyDictionary<string, ParsedArticle> Parsed => _parsed;

    public ParsedArticle Parse(SourceArticle source)
    {
        if (_parsed.TryGetValue(source.FullPath, out var cached)
            && cached.Source.BodyLine == source.BodyLine
            && string.Equals(cached.Source.Markdown, source.Markdown, StringComparison.Ordinal))
        {
            if (ReferenceEquals(cached.Source, source)) return cached;
            return _parsed[source.FullPath] = cached with { Source = source };
        }

        var parsed = MarkdownParser.Parse(source);
        _anchorLinks[source.FullPath] = AnchorLinks(parsed);
        return _parsed[source.FullPath] = parsed;
    }

    /// <summary>The cached parse when it is of this exact text, else a fresh parse that is not stored (safe from any thread).</summary>
    public ParsedArticle Peek(SourceArticle source) =>
        _parsed.TryGetValue(source.FullPath, out var cached)
        && cached.Source.BodyLine == source.BodyLine
        && string.Equals(cached.Source.Markdown, source.Markdown, StringComparison.Ordinal)
            ? cached
            : MarkdownParser.Parse(source);

    /// <summary>
    /// Articles that may check an anchor in <paramref name="target"/>: those with a link to another page with a
    /// <c>#fragment</c> whose path mentions the target's slug. A superset of the real dependents, which is safe.
    /// </summary>
    public IEnumerable<string> MayLinkToAnchorsOf(SourceArticle target) =>
        _anchorLinks.Where(e => e.Value.Any(url => url.Contains(target.Slug, StringComparison.OrdinalIgnoreCase))).Select(e => e.Key);

    /// <summary>Forgets articles that are no longer part of the site.</summary>
    public void Retain(IReadOnlySet<string> paths)
    {
        foreach (var path in _parsed.Keys.Where(p => !paths.Contains(p)))
        {
            _parsed.TryRemove(path, out _);
            _anchorLinks.TryRemove(path, out _);
        }
    }

    private static string[] AnchorLinks(ParsedArticle parsed) =>
        parsed.Document.Descendants<LinkInline>()
            .Select(l => l.Url ?? string.Empty)
            .Where(url => url.IndexOf('#') > 0)
            .Select(url => url[..url.IndexOf('#')])
            .ToArray();
}
