using HelpGen.Content;
using HelpGen.Markdown;
using HelpGen.Search;

namespace HelpGen.Preview;

/// <summary>
/// The outlines (text by heading) and words the whole-site stage needs, locale by locale. A locale's articles come up
/// with it: a file the previous run indexed, unchanged, is taken from that run (<see cref="IndexedArticle"/>, without
/// its texts); any other is parsed (each file once) and its words split once for every locale showing it, as a build
/// does. Both are dropped after the last locale showing the file, so at most the texts parsed for the locales sharing
/// files (ru-ru and ru-kz) are held at once. <see cref="Indexed"/> hands every file's words to the next run.
/// </summary>
internal sealed class Outlines(SitePlan plan, IReadOnlyDictionary<string, IndexedArticle> previous)
{
    private readonly Dictionary<string, ArticleOutline> _byPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ArticleWords> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string> _withText = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IndexedArticle> _indexed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _lastLocale = LastLocales(plan);

    /// <summary>The files parsed by this run (the others came from the previous run).</summary>
    public int Parsed { get; private set; }

    public ArticleOutline Of(SourceArticle source) => _byPath[source.FullPath];

    /// <summary>The words of a parsed source file, shared by the locales showing it.</summary>
    public ArticleWords Words(SourceArticle source) => _words[source.FullPath];

    /// <summary>The section texts of <paramref name="source"/>, for a text block that is written: from this run's parse, else parsed again.</summary>
    public IReadOnlyList<TextSection> Texts(SourceArticle source) =>
        _withText.Contains(source.FullPath) ? _byPath[source.FullPath].Text : ParseCache.Document(source).Outline.Text;

    /// <summary>Takes in the articles of <paramref name="locale"/> not taken yet; false when <paramref name="cancel"/> stopped it.</summary>
    public bool Parse(LocalePlan locale, CancellationToken cancel)
    {
        var fresh = locale.Articles.Select(a => a.Source).Where(s => !_byPath.ContainsKey(s.FullPath)).DistinctBy(s => s.FullPath).ToList();
        var outlines = new ArticleOutline[fresh.Count];
        var words = new ArticleWords[fresh.Count];
        var parsed = new bool[fresh.Count];
        try
        {
            Parallel.For(0, fresh.Count, Parallelism.With(cancel), i =>
            {
                if (previous.TryGetValue(fresh[i].FullPath, out var kept) && kept.MadeFrom(fresh[i]))
                {
                    (outlines[i], words[i]) = (kept.Outline, kept.Words);
                    return;
                }

                outlines[i] = ParseCache.Document(fresh[i]).Outline;
                words[i] = SearchDocumentFactory.Words(outlines[i]);
                parsed[i] = true;
            });
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        for (var i = 0; i < fresh.Count; i++)
        {
            var path = fresh[i].FullPath;
            (_byPath[path], _words[path]) = (outlines[i], words[i]);
            if (!parsed[i]) continue;
            _withText.Add(path);
            _indexed[path] = IndexedArticle.Of(outlines[i], words[i]);
            Parsed++;
        }

        return true;
    }

    public void Done(LocalePlan locale)
    {
        foreach (var article in locale.Articles.Where(a => _lastLocale[a.Source.FullPath] == locale.Locale.Code))
        {
            _byPath.Remove(article.Source.FullPath);
            _words.Remove(article.Source.FullPath);
            _withText.Remove(article.Source.FullPath);
        }
    }

    /// <summary>Every file of the plan as indexed now: parsed by this run, or as the previous run had it (kept locales too).</summary>
    public IReadOnlyDictionary<string, IndexedArticle> Indexed()
    {
        var indexed = new Dictionary<string, IndexedArticle>(StringComparer.Ordinal);
        foreach (var source in plan.AllArticles.Select(a => a.Source))
        {
            if (_indexed.TryGetValue(source.FullPath, out var fresh)) indexed[source.FullPath] = fresh;
            else if (previous.TryGetValue(source.FullPath, out var kept) && kept.MadeFrom(source)) indexed[source.FullPath] = kept;
        }

        return indexed;
    }

    private static Dictionary<string, string> LastLocales(SitePlan plan)
    {
        var last = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var locale in plan.Locales)
        {
            foreach (var article in locale.Articles) last[article.Source.FullPath] = locale.Locale.Code;
        }

        return last;
    }
}
