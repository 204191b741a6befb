using System.Text;
using System.Text.RegularExpressions;
using HelpGen.Configuration;
using HelpGen.Diagnostics;

namespace HelpGen.Content;

/// <summary>
/// Reads the source folder: language folders with section folders of Markdown articles, and assets/.
/// Layout problems, unreadable files and bad front matter become diagnostics; the rest still loads.
/// </summary>
public sealed partial class ContentLoader
{
    private readonly string _root;
    private readonly SiteConfig _config;
    private readonly DiagnosticBag _diagnostics;
    private readonly DisplayPaths _display;
    private readonly bool _keepText;

    private ContentLoader(string root, SiteConfig config, DiagnosticBag diagnostics, DisplayPaths? display, bool keepText = true)
    {
        _keepText = keepText;
        _root = Path.GetFullPath(root);
        _config = config;
        _diagnostics = diagnostics;
        _display = display ?? DisplayPaths.Full;
    }

    /// <param name="display">How diagnostics show file paths; full paths when null.</param>
    /// <param name="reads">Reads each article file (the preview passes a cache of unchanged files); null reads them all.</param>
    /// <param name="keepText">False reads each body again when it is parsed instead of holding all of them (a build into a folder).</param>
    /// <param name="known">For a build into a folder: the front matter of files read by earlier builds, used for files of the same bytes and kept for the next build; null reads every file.</param>
    public static ContentSet Load(string sourceDirectory, SiteConfig config, DiagnosticBag diagnostics, DisplayPaths? display = null, ArticleReads? reads = null, bool keepText = true, FrontMatterCache? known = null)
    {
        var loader = new ContentLoader(sourceDirectory, config, diagnostics, display, keepText);
        var files = new List<ArticleFile>();
        var assets = new List<AssetFile>();
        loader.Scan(files, assets);
        var articles = new SourceArticle?[files.Count];
        Parallel.For(0, files.Count, Parallelism.Options, i => articles[i] = reads is not null
            ? reads(files[i], diagnostics, bag => Read(sourceDirectory, config, files[i], bag, loader._display, keepText))
            : known is not null && !keepText ? loader.ReadKnown(files[i], known) : loader.ReadArticle(files[i]));
        var loaded = articles.OfType<SourceArticle>().OrderBy(a => a.DisplayPath, StringComparer.Ordinal).ToList();
        loader.ReportDuplicates(loaded);
        return new ContentSet(loader._root, config, loaded, assets.OrderBy(a => a.SitePath, StringComparer.Ordinal).ToList()) { Display = loader._display };
    }

    /// <summary>Reads one article file of <paramref name="sourceDirectory"/> the way <see cref="Load"/> does (the preview server re-reads saved files).</summary>
    public static SourceArticle? Read(string sourceDirectory, SiteConfig config, ArticleFile file, DiagnosticBag diagnostics, DisplayPaths? display = null, bool keepText = true) =>
        new ContentLoader(sourceDirectory, config, diagnostics, display, keepText).ReadArticle(file);

    /// <summary>Reads one article file; null (with diagnostics) when it cannot be used.</summary>
    public SourceArticle? ReadArticle(ArticleFile file)
    {
        var display = _display.For(file.FullPath);
        var stamp = _keepText ? default : MarkdownBody.StampOf(file.FullPath);
        try
        {
            if (!_keepText)
            {
                // The body is read again when it is parsed: only the front matter becomes a string here.
                return TextDecoder.Read(file.FullPath, text => Article(file, display, text, null, stamp));
            }

            var whole = TextDecoder.Decode(File.ReadAllBytes(file.FullPath));
            return Article(file, display, whole, whole, stamp);
        }
        catch (DecoderFallbackException)
        {
            _diagnostics.Error(DiagnosticCodes.InvalidUtf8, "the file is not valid UTF-8: save it as UTF-8", display);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _diagnostics.Error(DiagnosticCodes.UnreadableFile, $"cannot read the file: {ex.Message}", display);
            return null;
        }
    }

    /// <param name="text">The decoded file.</param>
    /// <param name="kept">The same text as a string when the body is kept in memory; null when it is read again from the file.</param>
    private SourceArticle? Article(ArticleFile file, string display, ReadOnlySpan<char> text, string? kept, (long, DateTime) stamp)
    {
        if (text.IsWhiteSpace())
        {
            _diagnostics.Error(DiagnosticCodes.EmptyFile, "the file is empty: an article needs front matter with a title", display);
            return null;
        }

        var frontMatter = FrontMatterParser.Parse(text, display, _diagnostics, out var bodyStart, out var bodyLine);
        if (frontMatter is null) return null;
        var body = kept is not null ? MarkdownBody.InMemory(kept[bodyStart..]) : MarkdownBody.OnDisk(file.FullPath, bodyStart, text.Length - bodyStart, stamp);
        return new SourceArticle(file.FullPath, display, file.Language, file.Section, file.Slug, file.Country, frontMatter, body, bodyLine);
    }

    /// <summary>An article file from <paramref name="known"/> when its bytes were read before, else read now (and remembered when it had no diagnostics).</summary>
    private SourceArticle? ReadKnown(ArticleFile file, FrontMatterCache known)
    {
        if (known.Find(file, _display.For(file.FullPath)) is { } cached) return cached;
        var bag = new DiagnosticBag(_diagnostics.Stage);
        var article = new ContentLoader(_root, _config, bag, _display, keepText: false).ReadArticle(file);
        _diagnostics.AddRange(bag.Sorted);
        if (article is not null && bag.Count == 0) known.Remember(article);
        return article;
    }

    /// <summary>
    /// One HG1010 per extra file for the same article. Of files whose names differ only in letter case, the one with
    /// the lower-case name is kept, so links written with the usual lower-case key still resolve (no follow-up HG2003).
    /// </summary>
    private void ReportDuplicates(List<SourceArticle> articles)
    {
        var groups = articles.GroupBy(a => (a.Language, Key: a.Key.ToLowerInvariant(), a.Country)).Where(g => g.Count() > 1).ToList();
        foreach (var group in groups)
        {
            var ordered = group.OrderBy(a => a.Key == a.Key.ToLowerInvariant() ? 0 : 1).ThenBy(a => a.DisplayPath, StringComparer.Ordinal).ToList();
            var first = ordered[0];
            foreach (var other in ordered.Skip(1))
            {
                var how = other.Key == first.Key && other.Country == first.Country ? string.Empty : " (the names differ only in letter case)";
                _diagnostics.Error(DiagnosticCodes.DuplicateArticle, $"duplicate article: '{first.DisplayPath}' already defines '{first.Key}'{(first.Country is null ? string.Empty : " for " + first.Country)} in '{first.Language}'{how}", other.DisplayPath);
                articles.Remove(other);
            }
        }
    }

    [GeneratedRegex(@"^[\p{L}\p{N}_-]+$")]
    private static partial Regex SlugPattern();
}
