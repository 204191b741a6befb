using HelpGen.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace HelpGen.Theming;

/// <summary>
/// A loaded theme: its Scriban layouts and partials parsed once, its UI strings per language and its static assets.
/// Immutable after <see cref="Load"/>; <see cref="Render"/> may be called from many threads at once (each thread
/// renders with a template context of its own, reused from page to page).
/// </summary>
public sealed class Theme
{
    /// <summary>The page kinds, each rendered by <c>layouts/&lt;kind&gt;.sbn-html</c>.</summary>
    public static readonly IReadOnlyList<string> LayoutKinds = ["chooser", "home", "section", "article", "search", "notfound"];

    /// <summary>The language whose strings fill the gaps of every other language.</summary>
    public const string FallbackLanguage = "en";

    private readonly IReadOnlyDictionary<string, Template> _layouts;
    private readonly ThemeStrings _strings;
    private readonly ThreadLocal<ThemeTemplateContext> _contexts;

    private Theme(IReadOnlyDictionary<string, Template> layouts, ThemePartials partials, ThemeStrings strings, IReadOnlyList<ThemeAsset> assets)
    {
        _layouts = layouts;
        _strings = strings;
        Assets = assets;
        var functions = ThemeFunctions.Create(partials, assets.ToDictionary(a => a.Name, a => a.SitePath, StringComparer.Ordinal));
        _contexts = new ThreadLocal<ThemeTemplateContext>(() => new ThemeTemplateContext(functions));
    }

    /// <summary>Files under the theme's <c>assets/</c>, to be published under <c>theme/</c> with content hashes in their names, in ordinal order of their names.</summary>
    public IReadOnlyList<ThemeAsset> Assets { get; }

    /// <summary>The languages that have an <c>i18n/&lt;lang&gt;.yml</c> file, in ordinal order.</summary>
    public IReadOnlyList<string> Languages => _strings.Languages;

    /// <summary>
    /// Parses and checks the theme. Returns null, with <see cref="DiagnosticCodes.ThemeInvalid"/> errors at the
    /// template's file:line:col in <paramref name="diagnostics"/>, when a layout or <c>i18n/en.yml</c> is missing,
    /// a template or strings file does not parse, a template uses an unknown variable, member, function or partial,
    /// or a file could not be read safely. Every problem of the theme is reported, not only the first.
    /// </summary>
    public static Theme? Load(ThemeFiles files, DiagnosticBag diagnostics)
    {
        var loader = new ThemeLoader(files);
        var templates = loader.ParseTemplates();
        var strings = loader.LoadStrings();
        diagnostics.AddRange(loader.Problems);
        if (templates is null || strings is null || loader.Problems.Any(p => p.IsError))
        {
            return null;
        }

        return new Theme(templates.Value.Layouts, templates.Value.Partials, strings, loader.Assets());
    }

    /// <summary>
    /// Renders one page with the layout named by <see cref="PageModel.Kind"/>. Throws
    /// <see cref="ArgumentException"/> for an unknown kind and <see cref="ThemeRenderException"/>, naming the
    /// template file, line and column, when the template fails at run time (the caller reports
    /// <see cref="DiagnosticCodes.ThemeRenderFailed"/>).
    /// </summary>
    public string Render(PageModel model) => Render(model, static (context, layout, page) => context.Render(layout, page));

    /// <summary>Renders one page as <see cref="Render(PageModel)"/> does, as UTF-8 bytes.</summary>
    public byte[] RenderUtf8(PageModel model) => Render(model, static (context, layout, page) => context.RenderUtf8(layout, page));

    /// <summary>
    /// Renders one page as <see cref="RenderUtf8"/> does, into the calling thread's buffer: the bytes are valid until the
    /// thread renders its next page.
    /// </summary>
    public ReadOnlyMemory<byte> RenderUtf8Buffered(PageModel model) =>
        Render(model, static (context, layout, page) => context.RenderUtf8Buffered(layout, page));

    private T Render<T>(PageModel model, Func<ThemeTemplateContext, Template, PageModel, T> render)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!_layouts.TryGetValue(model.Kind, out var layout))
        {
            throw new ArgumentException($"Unknown page kind '{model.Kind}'.", nameof(model));
        }

        try
        {
            return render(_contexts.Value!, layout, model);
        }
        catch (ScriptRuntimeException exception)
        {
            _contexts.Value = new ThemeTemplateContext(_contexts.Value!.Functions);
            throw new ThemeRenderException($"{ThemeLoader.Position(exception.Span)}: {exception.OriginalMessage}", exception);
        }
    }

    /// <summary>
    /// The UI strings for <paramref name="language"/> (an ISO 639-1 code, or a BCP 47 tag such as <c>ru-KZ</c>), each missing key taken from
    /// <c>en.yml</c>; an unknown language gets the English strings. Keys include <c>language.&lt;code&gt;</c>
    /// and <c>country.&lt;CC&gt;</c> names written in that language.
    /// </summary>
    public IReadOnlyDictionary<string, string> Strings(string language) => _strings.For(language);
}
