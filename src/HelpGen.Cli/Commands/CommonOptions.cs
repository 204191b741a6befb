using System.CommandLine;

namespace HelpGen.Cli.Commands;

/// <summary>Options that several commands share, so their names, defaults and help read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string> Source() => new("--source")
    {
        Description = "Folder with site.yml, the language folders and assets/.",
        DefaultValueFactory = _ => "articles",
    };

    public static Option<string?> Theme() => new("--theme")
    {
        Description = "Theme folder layered over the built-in theme, file by file: layouts/<kind>.sbn-html, partials/<name>.sbn-html (Scriban), assets/, i18n/<lang>.yml (merged key by key). Default: themes/default if present, else the built-in theme.",
    };

    public static Option<bool> Drafts() => new("--drafts")
    {
        Description = "Include articles marked 'draft: true'.",
    };

    /// <summary>The theme folder to use: the one given, else ./themes/default when present, else null for the built-in theme.</summary>
    public static string? ResolveTheme(string? given) =>
        given ?? (Directory.Exists(Path.Combine("themes", "default", "layouts")) ? Path.Combine("themes", "default") : null);

    /// <summary>True for an absolute http or https URL, the only kind a site can be published at.</summary>
    public static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>True when one folder is, or is inside, the other: building into the source would read our own output.</summary>
    public static bool Overlaps(string source, string output)
    {
        var a = Path.GetFullPath(source).TrimEnd('/') + "/";
        var b = Path.GetFullPath(output).TrimEnd('/') + "/";
        return a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);
    }
}
