using HelpGen.Content;
using HelpGen.Markdown;
using HelpGen.Search;

namespace HelpGen.Preview;

/// <summary>
/// The outlines (text by heading) the whole-site stage needs, locale by locale: a locale's articles are parsed when it
/// comes up (each file once), its words are split once for every locale showing it (as a build does), and both are
/// dropped after the last locale showing its file, so at most the text of the locales sharing files (ru-ru and
/// ru-kz) is held at once.
/// </summary>
internal sealed class Outlines(SitePlan plan)
{
    private readonly Dictionary<string, ArticleOutline> _byPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ArticleWords> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _lastLocale = LastLocales(plan);

    public ArticleOutline Of(SourceArticle source) => _byPath[source.FullPath];

    /// <summary>The words of a parsed source file, shared by the locales showing it.</summary>
    public ArticleWords Words(SourceArticle source) => _words[source.FullPath];

    /// <summary>Parses the articles of <paramref name="locale"/> not parsed yet; false when <paramref name="cancel"/> stopped it.</summary>
    public bool Parse(LocalePlan locale, CancellationToken cancel)
    {
        var fresh = locale.Articles.Select(a => a.Source).Where(s => !_byPath.ContainsKey(s.FullPath)).DistinctBy(s => s.FullPath).ToList();
        var outlines = new ArticleOutline[fresh.Count];
        var words = new ArticleWords[fresh.Count];
        try
        {
            Parallel.For(0, fresh.Count, Parallelism.With(cancel), i =>
            {
                outlines[i] = ParseCache.Document(fresh[i]).Outline;
                words[i] = SearchDocumentFactory.Words(outlines[i]);
            });
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        for (var i = 0; i < fresh.Count; i++) (_byPath[fresh[i].FullPath], _words[fresh[i].FullPath]) = (outlines[i], words[i]);
        return true;
    }

    public void Done(LocalePlan locale)
    {
        foreach (var article in locale.Articles.Where(a => _lastLocale[a.Source.FullPath] == locale.Locale.Code))
        {
            _byPath.Remove(article.Source.FullPath);
            _words.Remove(article.Source.FullPath);
        }
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
