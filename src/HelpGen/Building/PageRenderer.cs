using HelpGen.Diagnostics;
using HelpGen.Output;
using HelpGen.Theming;

namespace HelpGen.Building;

/// <summary>Renders a page model through the theme into an output file; a template failure becomes a diagnostic.</summary>
public sealed class PageRenderer(Theme theme, DiagnosticBag diagnostics)
{
    /// <summary>The sitemap.xml entry of a page: indexable homes, sections and translated articles with a canonical URL.</summary>
    public static SitemapEntry? SitemapEntryOf(PageModel model) =>
        model is { Canonical: { } url, NoIndex: false, Kind: "home" or "section" or "article" } ? new SitemapEntry(url, model.Alternates) : null;

    /// <summary>The file of a page: a folder ending with '/' (or the root, "") is written as its index.html.</summary>
    public static string FileOf(string path) => path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;

    /// <param name="path">A page folder ending with '/' (written as its index.html) or a file name.</param>
    public OutputFile Render(PageModel model, string path, PageOrigin? origin = null)
    {
        var file = FileOf(path);
        return new OutputFile(file, RenderBuffered(model, file, origin).ToArray(), origin);
    }

    /// <summary>
    /// Renders a page as <see cref="Render(PageModel, string, PageOrigin?)"/> does and hands it to <paramref name="sink"/>
    /// straight from the theme's buffer; returns the file's path.
    /// </summary>
    public string Render(PageModel model, string path, PageOrigin? origin, ISiteSink sink)
    {
        var file = FileOf(path);
        sink.Add(file, RenderBuffered(model, file, origin).Span, origin);
        return file;
    }

    /// <summary>The page's bytes in the calling thread's buffer (valid until its next page); empty, with a diagnostic, when the theme fails.</summary>
    private ReadOnlyMemory<byte> RenderBuffered(PageModel model, string file, PageOrigin? origin)
    {
        try
        {
            return theme.RenderUtf8Buffered(model);
        }
        catch (ThemeRenderException ex)
        {
            diagnostics.Error(DiagnosticCodes.ThemeRenderFailed, $"the theme failed to render {file}: {ex.Message}", origin?.SourceFile);
            return ReadOnlyMemory<byte>.Empty;
        }
    }
}
