using System.Globalization;
using HandlebarsDotNet;
using HandlebarsDotNet.PathStructure;

namespace HelpGen.Theming;

/// <summary>
/// The few helpers themes get. All return plain text, which Handlebars escapes like any other value:
/// <c>{{t "key"}}</c> a UI string (<c>{0}</c>, <c>{1}</c> filled from further arguments),
/// <c>{{eq a b}}</c> ordinal equality and <c>{{or a b}}</c> for <c>#if</c>, <c>{{country "KZ"}}</c> a country name,
/// <c>{{language "ru"}}</c> a language name, <c>{{date "2025-03-01"}}</c> a date written the page language's way.
/// Strings come from the page's <see cref="PageModel.Strings"/>; a missing key shows the key (easy to spot, never empty).
/// </summary>
internal static class ThemeHelpers
{
    public static void Register(IHandlebars handlebars)
    {
        handlebars.RegisterHelper("t", (in HelperOptions options, in Context _, in Arguments arguments) =>
            Format(Lookup(options, Text(arguments, 0)), arguments));
        handlebars.RegisterHelper("eq", (in HelperOptions _, in Context _, in Arguments arguments) =>
            string.Equals(Text(arguments, 0), Text(arguments, 1), StringComparison.Ordinal));
        handlebars.RegisterHelper("or", (in HelperOptions _, in Context _, in Arguments arguments) =>
            arguments.Any(argument => !IsFalsy(argument)));
        handlebars.RegisterHelper("country", (in HelperOptions options, in Context _, in Arguments arguments) =>
            Name(options, "country.", Text(arguments, 0).ToUpperInvariant()));
        handlebars.RegisterHelper("language", (in HelperOptions options, in Context _, in Arguments arguments) =>
            Name(options, "language.", Text(arguments, 0).ToLowerInvariant()));
        handlebars.RegisterHelper("date", (in HelperOptions options, in Context _, in Arguments arguments) =>
            FormatDate(options, Text(arguments, 0)));
    }

    private static bool IsFalsy(object? value) =>
        value is null or false or "" || value is UndefinedBindingResult;

    private static string Text(Arguments arguments, int index) =>
        index < arguments.Length ? Convert.ToString(arguments[index], CultureInfo.InvariantCulture) ?? string.Empty : string.Empty;

    private static IReadOnlyDictionary<string, string>? Strings(HelperOptions options) =>
        (options.Data.Value<object>(ChainSegment.Root) as PageModel)?.Strings;

    private static string Lookup(HelperOptions options, string key) =>
        Strings(options)?.TryGetValue(key, out var value) == true ? value : key;

    private static string Name(HelperOptions options, string prefix, string code) =>
        Strings(options)?.TryGetValue(prefix + code, out var value) == true ? value : code;

    private static string Format(string template, Arguments arguments)
    {
        for (var i = 1; i < arguments.Length; i++)
        {
            template = template.Replace($"{{{i - 1}}}", Text(arguments, i), StringComparison.Ordinal);
        }

        return template;
    }

    /// <summary>ISO dates (yyyy-MM-dd) become e.g. "March 1, 2025" using the theme's <c>date.format</c> and <c>month.N</c> strings.</summary>
    private static string FormatDate(HelperOptions options, string value)
    {
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return value;
        }

        var format = Lookup(options, "date.format");
        if (format == "date.format")
        {
            return value;
        }

        return format
            .Replace("{day}", date.Day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{month}", Lookup(options, $"month.{date.Month}"), StringComparison.Ordinal)
            .Replace("{year}", date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
