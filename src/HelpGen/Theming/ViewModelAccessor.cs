using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace HelpGen.Theming;

/// <summary>
/// Reads the members of HelpGen's view models (<see cref="PageModel"/>, <see cref="ArticleView"/>, …) for templates
/// through compiled getters under their snake_case names, instead of Scriban's reflection-based accessor.
/// Read-only: templates cannot change a view model.
/// </summary>
internal sealed class ViewModelAccessor : IObjectAccessor
{
    private static readonly ConcurrentDictionary<Type, ViewModelAccessor> Accessors = new();

    private readonly FrozenDictionary<string, Func<object, object?>> _getters;

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = ThemeTypes.KeptWhole)]
    private ViewModelAccessor(Type type)
    {
        _getters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(ThemeNaming.IsVisible)
            .ToFrozenDictionary(ThemeNaming.Rename, PropertyGetter.For<object>, StringComparer.Ordinal);
    }

    public bool HasIndexer => false;

    public Type? IndexType => null;

    /// <summary>The accessor for a view model type of this namespace, or null for any other type.</summary>
    public static ViewModelAccessor? For(Type type) =>
        type.Namespace == typeof(PageModel).Namespace && type.IsPublic && type.IsClass && !type.IsArray && type != typeof(HtmlFragment)
            ? Accessors.GetOrAdd(type, static t => new ViewModelAccessor(t))
            : null;

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _getters.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _getters.Keys;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _getters.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_getters.TryGetValue(member, out var getter))
        {
            value = getter(target);
            return true;
        }

        value = null;
        return false;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;
}
