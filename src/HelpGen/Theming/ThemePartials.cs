using System.Collections.Frozen;
using Scriban;
using Scriban.Syntax;

namespace HelpGen.Theming;

/// <summary>
/// The theme's parsed partials by name (<c>partials/footer.sbn-html</c> is <c>footer</c>), parsed once per theme.
/// <c>include</c> finds partials only here: a path, a parent reference or an unknown name is an error.
/// </summary>
internal sealed class ThemePartials(IReadOnlyDictionary<string, Template> partials)
{
    public const string Folder = "partials/";

    private readonly FrozenDictionary<string, Template> _partials = partials.ToFrozenDictionary(StringComparer.Ordinal);

    public IEnumerable<string> Names => _partials.Keys;

    /// <summary>The partial's name for a file path, or null when the path is not a partial template.</summary>
    public static string? NameOf(string path) =>
        path.StartsWith(Folder, StringComparison.Ordinal) && path.EndsWith(ThemeLoader.TemplateExtension, StringComparison.Ordinal)
            ? path[Folder.Length..^ThemeLoader.TemplateExtension.Length]
            : null;

    /// <summary>Why <paramref name="name"/> cannot be included, or null when it names a partial of the theme.</summary>
    public string? Problem(string name) => PathProblem(name) ?? (_partials.ContainsKey(name) ? null : Missing(name));

    /// <summary>Why <paramref name="name"/> cannot be included when <paramref name="exists"/> tells the theme's partials apart.</summary>
    public static string? Problem(string name, Func<string, bool> exists) => PathProblem(name) ?? (exists(name) ? null : Missing(name));

    private static string? PathProblem(string name) =>
        name.Length == 0 || name.Contains('/') || name.Contains('\\') || name.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(name)
            ? $"include takes the name of a partial in partials/ (such as 'footer'), not the path '{name}'"
            : null;

    private static string Missing(string name) => $"the theme has no partial '{name}' (partials/{name}{ThemeLoader.TemplateExtension})";

    /// <summary>
    /// Renders the partial: straight into the page when the include is printed where it stands, else (an include
    /// assigned, piped or passed on) as an <see cref="HtmlFragment"/>.
    /// </summary>
    public HtmlFragment? Render(ThemeTemplateContext context, ScriptNode? caller, string name)
    {
        if (Problem(name) is { } problem)
        {
            throw new ScriptRuntimeException(caller?.Span ?? context.CurrentSpan, problem);
        }

        if (caller?.Parent is ScriptExpressionStatement)
        {
            context.RenderPartialInPlace(_partials[name], caller);
            return null;
        }

        return context.RenderPartial(_partials[name], caller);
    }
}
