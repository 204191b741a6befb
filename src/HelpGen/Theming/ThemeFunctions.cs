using System.Globalization;
using Scriban.Runtime;
using Scriban.Syntax;

namespace HelpGen.Theming;

/// <summary>
/// The functions HelpGen adds to Scriban's built-ins. All return plain text, escaped when printed, except
/// <c>include</c>, whose result is the partial's HTML:
/// <c>t "key" a b</c> a UI string of the page language (<c>{0}</c>, <c>{1}</c> filled from a, b; a missing key shows the key),
/// <c>country_name "KZ"</c> and <c>language_name "ru"</c> names in the page language,
/// <c>local_date "2025-03-01"</c> a date written the page language's way,
/// <c>asset_url "style.css"</c> the page-relative URL of a theme asset (its fingerprinted name, <c>theme/style.3f9a1c2e.css</c>),
/// <c>include "name"</c> the partial <c>partials/name.sbn-html</c>.
/// </summary>
internal static class ThemeFunctions
{
    /// <summary>The names, for the template checker and the docs.</summary>
    public static readonly IReadOnlyList<string> Names = ["t", "country_name", "language_name", "local_date", "asset_url", "include"];

    /// <param name="assets">Asset name under assets/ → its published site path.</param>
    public static ScriptObject Create(ThemePartials partials, IReadOnlyDictionary<string, string> assets)
    {
        var functions = new ScriptObject();
        functions.SetValue("t", new ThemeFunction(1, 10, (c, _, a) => Format(Lookup(c, Text(c, a[0])), c, a)), true);
        functions.SetValue("country_name", new ThemeFunction(1, 1, (c, _, a) => Name(c, "country.", Text(c, a[0]).ToUpperInvariant())), true);
        functions.SetValue("language_name", new ThemeFunction(1, 1, (c, _, a) => Name(c, "language.", Text(c, a[0]).ToLowerInvariant())), true);
        functions.SetValue("local_date", new ThemeFunction(1, 1, (c, _, a) => FormatDate(c, Text(c, a[0]))), true);
        functions.SetValue("asset_url", new ThemeFunction(1, 1, (c, _, a) => c.Page.Root + AssetPath(assets, Text(c, a[0]).TrimStart('/'))), true);
        functions.SetValue("include", new ThemeFunction(1, 1, (c, caller, a) => partials.Render(c, caller, Text(c, a[0]))), true);
        functions.IsReadOnly = true;
        return functions;
    }

    /// <summary>The published path of a theme asset; an unknown name stays as written (the link checker reports it).</summary>
    private static string AssetPath(IReadOnlyDictionary<string, string> assets, string name) =>
        assets.TryGetValue(name, out var path) ? path : "theme/" + name;

    private static string Text(ThemeTemplateContext context, object? value) =>
        value as string ?? context.ObjectToString(value) ?? string.Empty;

    private static string Lookup(ThemeTemplateContext context, string key) =>
        context.Page.Strings.TryGetValue(key, out var value) ? value : key;

    private static string Name(ThemeTemplateContext context, string prefix, string code) =>
        context.Page.Strings.TryGetValue(prefix + code, out var value) ? value : code;

    private static string Format(string template, ThemeTemplateContext context, ScriptArray arguments)
    {
        for (var i = 1; i < arguments.Count; i++)
        {
            template = template.Replace($"{{{i - 1}}}", Text(context, arguments[i]), StringComparison.Ordinal);
        }

        return template;
    }

    /// <summary>ISO dates (yyyy-MM-dd) become e.g. "March 1, 2025" using the theme's <c>date.format</c> and <c>month.N</c> strings.</summary>
    /// <summary>
    /// A date written <c>yyyy-MM-dd</c>, read digit by digit: the same dates as <c>DateOnly.TryParseExact</c> with
    /// that format, without loading culture data for every page.
    /// </summary>
    internal static bool TryParseIsoDate(string value, out DateOnly date)
    {
        date = default;
        if (value.Length != 10 || value[4] != '-' || value[7] != '-') return false;
        if (!int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(value.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    private static string FormatDate(ThemeTemplateContext context, string value)
    {
        if (!TryParseIsoDate(value, out var date) || !context.Page.Strings.TryGetValue("date.format", out var format))
        {
            return value;
        }

        return format
            .Replace("{day}", date.Day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{month}", Lookup(context, $"month.{date.Month}"), StringComparison.Ordinal)
            .Replace("{year}", date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
