using System.Collections.Concurrent;
using System.Text.Json;
using HelpGen.Content;
using HelpGen.Diagnostics;
using HelpGen.Markdown;
using HelpGen.Output;
using HelpGen.Search;

namespace HelpGen.Building;

/// <summary>
/// The incremental part of a build into a folder: which pages of the previous build it may keep, and what it leaves
/// for the next one (<see cref="BuildRecord"/>, <see cref="ArticleStore"/>).
/// <para>
/// A page is kept only when the site's <em>shape</em> is unchanged: every input except the articles' bodies (settings,
/// theme, site.yml and other files, every article's place and front matter) plus the ids every article offers to links.
/// With the same shape the plan, the navigation and every link target are the same, so an article page depends only on
/// its own file and its related articles, and a list page on nothing that changed. Then a locale none of whose files
/// changed keeps all its pages and its search index; in another locale, the articles are read from the store (or
/// parsed, when changed), related articles and the index are computed again, and a page is rendered only when its
/// file or its related articles changed. Any other change is a full build. The previous build must have had no
/// diagnostics (else nothing was recorded), so a kept page never hides a problem a clean build would report.
/// </para>
/// </summary>
internal sealed class PageReuse : IDisposable
{
    /// <summary>Above this share of changed articles the build does not look for pages to keep.</summary>
    private const double MostChanged = 0.25;

    private readonly BuildInputs _inputs;
    private readonly BuildRecord? _previous;
    private readonly ArticleStore? _store;
    private readonly FolderSink _sink;
    private readonly ConcurrentDictionary<string, ParsedArticle> _changed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _pageKeys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _localeKeys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _indexFiles = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _listFiles = [];
    /// <summary>The files read from the store (their outlines have no section texts), as a set.</summary>
    private readonly ConcurrentDictionary<string, bool> _textless = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _blockKeys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _textKeys = new(StringComparer.Ordinal);
    private Dictionary<string, string> _previousTextFiles = [];
    private Func<SourceArticle, ParsedArticle> _parse = MarkdownParser.Parse;
    private DiagnosticBag _diagnostics = new();
    private string? _shape;
    private string _rest = string.Empty;

    private PageReuse(BuildInputs inputs, BuildRecord? previous, ArticleStore? store, FolderSink sink) =>
        (_inputs, _previous, _store, _sink) = (inputs, previous, store, sink);

    /// <summary>Whether this build keeps pages of the previous one (its shape is the same).</summary>
    public bool Active { get; private set; }

    /// <summary>
    /// Opens the previous build's record and store and, when there are both, works out the shape of this site: the
    /// ids of unchanged articles come from the store, changed articles are parsed (their parse is used by the build).
    /// </summary>
    public static PageReuse Start(SitePlan plan, BuildInputs inputs, BuildRecord? previous, BuildCache cache, FolderSink sink, Func<SourceArticle, ParsedArticle> parse, DiagnosticBag diagnostics)
    {
        var rest = inputs.Without(plan.Content.Articles.Select(a => a.FullPath).ToHashSet(StringComparer.Ordinal));
        var store = ArticleStore.Open(cache.ArticlesPath, rest);
        var reuse = new PageReuse(inputs, previous, store, sink) { _rest = rest, _parse = parse, _diagnostics = diagnostics };
        if (previous is null || store is null) return reuse;
        var sources = Sources(plan);
        var changed = sources.Where(s => reuse.Digest(s) is not { } digest || store.Ids(s.FullPath, digest) is null).ToList();
        if (changed.Count > MostChanged * sources.Count) return reuse;
        Parallel.ForEach(changed, Parallelism.Options, source => reuse._changed[source.FullPath] = MarkdownGuard.Parse(parse, source, diagnostics));
        reuse._shape = Shape(rest, plan, source => reuse._changed.TryGetValue(source.FullPath, out var parsed) ? parsed.Ids : store.Ids(source.FullPath, reuse.Digest(source)!)!);
        reuse.Active = reuse._shape == previous.Shape;
        if (reuse.Active) reuse._previousTextFiles = previous.TextKeys.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
        return reuse;
    }

    /// <summary>
    /// The ids of an unchanged article from the store, for checking the anchors of links into it when this build
    /// neither parsed nor loaded it (it is shown only by kept locales); null when not stored.
    /// </summary>
    public IReadOnlySet<string>? Ids(string fullPath) =>
        _inputs.Digest(fullPath) is { } digest && _store?.Ids(fullPath, digest) is { } ids ? ids.ToHashSet(StringComparer.Ordinal) : null;

    /// <summary>The parse of a changed file made by <see cref="Start"/>, handed over once.</summary>
    public ParsedArticle? TakeParsed(SourceArticle source) => _changed.TryRemove(source.FullPath, out var parsed) ? parsed : null;

    /// <summary>
    /// The stored outline and words of an unchanged article, when this build keeps pages. Its sections come without
    /// their texts (the store has none): the search index's text blocks are the only output that shows them, and those
    /// of unchanged articles are kept (<see cref="TextBlocks"/>), which parses the article only for a block it writes.
    /// </summary>
    public (ArticleOutline Outline, ArticleWords Words)? Stored(SourceArticle source)
    {
        if (!Active || Digest(source) is not { } digest || _store!.Load(source, digest) is not { } stored) return null;
        _textless[source.FullPath] = true;
        return stored;
    }

    /// <summary>
    /// The text blocks of <paramref name="locale"/>'s index: a block is kept when the previous build wrote it for the
    /// same articles (by page and file digest, at the same place); a block written anew that holds an unchanged article
    /// (a small locale has one block for all) parses it again for its texts.
    /// </summary>
    public ITextBlocks TextBlocks(LocalePlan locale) => new LocaleTextBlocks(this, locale);

    /// <summary>Stores a freshly parsed article for the next build.</summary>
    public void Store(ArticleOutline outline, ArticleWords words)
    {
        if (Digest(outline.Source) is { } digest) _store?.Add(digest, outline, words);
    }

    /// <summary>
    /// Keeps the search index of a locale whose files are all unchanged, and gives its files; its article pages are then
    /// all kept (<see cref="KeepPage(string, string)"/>). Null, having kept nothing, when the locale changed or the
    /// previous record lacks one of its pages.
    /// </summary>
    public IReadOnlyList<string>? KeepLocale(LocalePlan locale)
    {
        var key = LocaleKey(locale);
        _localeKeys[locale.Locale.Code] = key;
        if (!Active || _previous!.LocaleKeys.GetValueOrDefault(locale.Locale.Code) != key) return null;
        // Such a locale's related articles are not computed, so none of its pages may need rendering.
        if (!_previous.IndexFiles.TryGetValue(locale.Locale.Code, out var index) || !locale.Articles.All(a => _previous.PageKeys.ContainsKey(a.SitePath))) return null;
        foreach (var file in index)
        {
            _sink.Keep(file);
            if (_previous.TextKeys.TryGetValue(file, out var textKey)) _textKeys[file] = textKey;
        }

        _indexFiles[locale.Locale.Code] = index;
        return index;
    }

    /// <summary>Keeps an article page of a kept locale (<see cref="KeepLocale"/>), with its previous key.</summary>
    public void KeepPage(string sitePath, string file)
    {
        _sink.Keep(file);
        _pageKeys[sitePath] = _previous!.PageKeys[sitePath];
    }

    /// <summary>Records an article page's key and keeps the previous page when its key is the same; false when it must be rendered.</summary>
    public bool KeepPage(LocalizedArticle article, IReadOnlyList<LocalizedArticle> related, string file)
    {
        var key = Hash(related.Select(r => r.SitePath).Prepend(Digest(article.Source) ?? Guid.NewGuid().ToString()));
        _pageKeys[article.SitePath] = key;
        return Active && _previous!.PageKeys.GetValueOrDefault(article.SitePath) == key && _sink.Keep(file);
    }

    /// <summary>Keeps a list page (home, search, 404, section, chooser): with the same shape it is the same; false when it must be rendered.</summary>
    public bool KeepList(string file)
    {
        _listFiles.Add(file);
        return Active && _previous!.ListFiles.Contains(file) && _sink.Keep(file);
    }

    /// <summary>Records which files are a locale's search index (and the key of each of its text blocks).</summary>
    public void IndexWritten(LocalePlan locale, IReadOnlyList<string> files)
    {
        _indexFiles[locale.Locale.Code] = files;
        foreach (var file in files)
        {
            if (_blockKeys.TryGetValue($"{locale.Locale.Code} {IndexFileWriter.NamesOf(file).Name}", out var key)) _textKeys[file] = key;
        }
    }

    /// <summary>The record of this build, once <see cref="Finish"/> made it.</summary>
    public BuildRecord? Record { get; private set; }

    /// <summary>
    /// Makes the record of this build (<see cref="Record"/>), to be saved once the build has replaced the output folder,
    /// and compacts the store if need be.
    /// </summary>
    /// <param name="ids">The ids of every parsed article (used when the shape was not worked out at the start).</param>
    public void Finish(SitePlan plan, int pages, Func<SourceArticle, IReadOnlySet<string>?> ids)
    {
        var shape = _shape ?? Shape(_rest, plan, s => (IEnumerable<string>?)ids(s) ?? []);
        Record = new BuildRecord(_inputs.Fingerprint, plan.Locales.Count, pages)
        {
            Shape = shape,
            LocaleKeys = new Dictionary<string, string>(_localeKeys, StringComparer.Ordinal),
            PageKeys = new Dictionary<string, string>(_pageKeys, StringComparer.Ordinal),
            IndexFiles = new Dictionary<string, IReadOnlyList<string>>(_indexFiles, StringComparer.Ordinal),
            TextKeys = new Dictionary<string, string>(_textKeys, StringComparer.Ordinal),
            ListFiles = _listFiles.Order(StringComparer.Ordinal).ToList(),
        };
        var live = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in Sources(plan))
        {
            if (Digest(source) is { } digest) live[source.FullPath] = digest;
        }

        _store?.Compact(live);
    }

    public void Dispose() => _store?.Dispose();

    private string? Digest(SourceArticle source) => _inputs.Digest(source.FullPath);

    /// <summary>A locale's articles, in plan order, with their files' digests.</summary>
    private string LocaleKey(LocalePlan locale) =>
        Hash(locale.Articles.Select(a => $"{a.SitePath} {Digest(a.Source) ?? Guid.NewGuid().ToString()}"));

    /// <summary>
    /// Everything but the articles' bodies: the other inputs, every article's file identity and front matter (all of its
    /// fields, as JSON, so a field added later counts without a change here), and the ids of every article shown.
    /// </summary>
    private static string Shape(string rest, SitePlan plan, Func<SourceArticle, IEnumerable<string>> ids)
    {
        var articles = plan.Content.Articles.OrderBy(a => a.FullPath, StringComparer.Ordinal).ToList();
        var sources = Sources(plan);
        var lines = new string[articles.Count + sources.Count];
        Parallel.For(0, lines.Length, Parallelism.Options, i => lines[i] = i < articles.Count
            ? $"{articles[i].FullPath} {articles[i].Language} {articles[i].Section} {articles[i].Slug} {articles[i].Country} {JsonSerializer.Serialize(articles[i].FrontMatter, FrontMatterJson.Default.FrontMatter)}"
            : $"ids {sources[i - articles.Count].FullPath} {string.Join(' ', ids(sources[i - articles.Count]).Order(StringComparer.Ordinal))}");
        return LineHash.Of(lines.Prepend(rest));
    }

    /// <summary>The files the plan shows, each once, by path.</summary>
    private static List<SourceArticle> Sources(SitePlan plan) =>
        plan.AllArticles.Select(a => a.Source).DistinctBy(s => s.FullPath).OrderBy(s => s.FullPath, StringComparer.Ordinal).ToList();

    private static string Hash(IEnumerable<string> lines) => LineHash.Of(lines)[..32];

    /// <summary>
    /// <see cref="ITextBlocks"/> for one locale. A block's key is the locale, the block's name and each of its articles'
    /// page and file digest: with the site's shape unchanged (<see cref="Active"/>), the same key means the same bytes.
    /// </summary>
    private sealed class LocaleTextBlocks(PageReuse reuse, LocalePlan locale) : ITextBlocks
    {
        private readonly Dictionary<string, SourceArticle> _sources = locale.Articles.ToDictionary(a => a.SitePath, a => a.Source, StringComparer.Ordinal);

        public string? Keep(string name, IReadOnlyList<SearchDocument> documents)
        {
            var digests = documents.Select(d => reuse.Digest(_sources[d.Url])).ToList();
            if (digests.Contains(null)) return null;
            var key = Hash(documents.Select((d, i) => $"{d.Url} {digests[i]}").Prepend($"{locale.Locale.Code} {name}"));
            reuse._blockKeys[$"{locale.Locale.Code} {name}"] = key;
            if (!reuse.Active || !reuse._previousTextFiles.TryGetValue(key, out var file)) return null;
            reuse._sink.Keep(file);
            return file;
        }

        public IReadOnlyList<TextSection> Texts(SearchDocument document)
        {
            var source = _sources[document.Url];
            return reuse._textless.ContainsKey(source.FullPath) ? MarkdownGuard.Parse(reuse._parse, source, reuse._diagnostics).Outline.Text : document.Sections;
        }
    }
}
