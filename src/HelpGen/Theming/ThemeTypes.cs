using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace HelpGen.Theming;

/// <summary>What the template checker knows of view model types: their members by template name and list element types.</summary>
internal static class ThemeTypes
{
    /// <summary>The type of <paramref name="type"/>'s member <paramref name="name"/> (null when not checked further); <paramref name="known"/> false when there is no such member.</summary>
    public static Type? Member(Type type, string name, out bool known)
    {
        known = true;
        if (type == typeof(string) || IsDictionary(type) || type == typeof(object))
        {
            return null;
        }

        if (ElementType(type) is not null)
        {
            known = name == "size";
            return known ? typeof(int) : null;
        }

        var property = Properties(type).FirstOrDefault(p => ThemeNaming.Rename(p) == name);
        known = property is not null || !IsViewModel(type);
        return property is null ? null : Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
    }

    public static IEnumerable<string> Members(Type type) =>
        ElementType(type) is not null ? ["size"] : Properties(type).Select(ThemeNaming.Rename).Order(StringComparer.Ordinal);

    public static string Describe(Type type) =>
        ElementType(type) is { } element ? $"a list of {element.Name}" : type.Name;

    /// <summary>
    /// Why the reflection here is safe in the Native AOT build: the types asked about are view models, whose assembly
    /// the CLI keeps whole (TrimmerRootAssembly), and the list and dictionary types of their properties.
    /// </summary>
    internal const string KeptWhole = "View model types are kept whole by the CLI's TrimmerRootAssembly of HelpGen.";

    /// <summary>The element type of a list (not of a string or dictionary), or null.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = KeptWhole)]
    public static Type? ElementType(Type? type)
    {
        if (type is null || type == typeof(string) || IsDictionary(type) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return null;
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0] ?? typeof(object);
    }

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = KeptWhole)]
    private static bool IsDictionary(Type type) =>
        typeof(IDictionary).IsAssignableFrom(type)
        || type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>));

    private static bool IsViewModel(Type type) => type.Namespace == typeof(PageModel).Namespace;

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = KeptWhole)]
    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(ThemeNaming.IsVisible);
}
