using System.Reflection;
using Scriban.Runtime;

namespace HelpGen.Theming;

/// <summary>
/// The top-level variables of a template: every property of <see cref="PageModel"/> under its snake_case name
/// (<c>title</c>, <c>site</c>, <c>article</c>, …), refreshed in place for each page so a thread's context is reused.
/// </summary>
internal sealed class PageGlobals
{
    /// <summary>The page model's properties with their template names, found once.</summary>
    public static readonly IReadOnlyList<(string Name, PropertyInfo Property)> Members =
        typeof(PageModel).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(ThemeNaming.IsVisible)
            .Select(p => (ThemeNaming.Rename(p), p))
            .OrderBy(m => m.Item1, StringComparer.Ordinal)
            .ToList();

    private static readonly Func<PageModel, object?>[] Getters = Members.Select(m => Getter(m.Property)).ToArray();

    public ScriptObject Globals { get; } = new();

    /// <summary>
    /// A compiled <c>model =&gt; (object)model.Property</c>: a property read per page without reflection. The Native AOT
    /// build cannot compile code at run time (it would interpret the expression), so it reads through reflection.
    /// </summary>
    private static Func<PageModel, object?> Getter(PropertyInfo property)
    {
        if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeCompiled) return property.GetValue;
        var model = System.Linq.Expressions.Expression.Parameter(typeof(PageModel));
        var body = System.Linq.Expressions.Expression.Convert(System.Linq.Expressions.Expression.Property(model, property), typeof(object));
        return System.Linq.Expressions.Expression.Lambda<Func<PageModel, object?>>(body, model).Compile();
    }

    public void Set(PageModel model)
    {
        for (var i = 0; i < Getters.Length; i++)
        {
            Globals.SetValue(Members[i].Name, Getters[i](model), readOnly: false);
        }
    }
}
