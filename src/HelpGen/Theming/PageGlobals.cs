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

    private static readonly Func<PageModel, object?>[] Getters = Members.Select(m => PropertyGetter.For<PageModel>(m.Property)).ToArray();

    public ScriptObject Globals { get; } = new();

    public void Set(PageModel model)
    {
        for (var i = 0; i < Getters.Length; i++)
        {
            Globals.SetValue(Members[i].Name, Getters[i](model), readOnly: false);
        }
    }
}
