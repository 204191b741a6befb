using System.Collections.Concurrent;
using HelpGen.Content;
using HelpGen.Diagnostics;
using HelpGen.Markdown;

namespace HelpGen.Preview;

/// <summary>
/// The parse stage's results, kept between rebuilds by full path and reused only when the article's body and first
/// body line are the same as when it was parsed (<see cref="MarkdownBody.SameText"/>: the same part of the file, of the
/// same size and write time), so a cached result equals a fresh parse. Keeps headings, ids and links
/// (<see cref="ArticleParse"/>), not Markdig documents nor text: the preview keeps no article text in memory (bodies
/// are read from their files when parsed), and a page rendered on request parses its article again
/// (<see cref="Document"/>), which takes milliseconds. Thread-safe.
/// </summary>
internal sealed class ParseCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The headings, ids and links of <paramref name="source"/>; the parse's diagnostics go to <paramref name="diagnostics"/>.</summary>
    public ArticleParse Parse(SourceArticle source, DiagnosticBag diagnostics)
    {
        if (_entries.TryGetValue(source.FullPath, out var cached) && cached.Matches(source))
        {
            diagnostics.AddRange(cached.Diagnostics);
            return cached.Result;
        }

        var bag = new DiagnosticBag(diagnostics.Stage);
        var parsed = MarkdownGuard.Parse(MarkdownParser.Parse, source, bag);
        var result = ArticleParse.Of(parsed);
        var reported = bag.Sorted;
        diagnostics.AddRange(reported);
        _entries[source.FullPath] = new Entry(source.Body, source.BodyLine, result, reported);
        return result;
    }

    /// <summary>The full parse of <paramref name="source"/> for rendering its pages (guarded as a build guards it; diagnostics already reported by <see cref="Parse"/>).</summary>
    public static ParsedArticle Document(SourceArticle source) => MarkdownGuard.Parse(MarkdownParser.Parse, source, new DiagnosticBag());

    /// <summary>Forgets articles that are no longer part of the site.</summary>
    public void Retain(IReadOnlySet<string> fullPaths)
    {
        foreach (var path in _entries.Keys.Where(p => !fullPaths.Contains(p))) _entries.TryRemove(path, out _);
    }

    private sealed record Entry(MarkdownBody Body, int BodyLine, ArticleParse Result, IReadOnlyList<Diagnostic> Diagnostics)
    {
        public bool Matches(SourceArticle source) => BodyLine == source.BodyLine && Body.SameText(source.Body);
    }
}
