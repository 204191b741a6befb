using System.CommandLine;
using HelpGen.Output;

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

    public static Option<bool> Force(string what) => new("--force")
    {
        Description = $"Replace {what} even though helpgen did not write it. Never needed for a folder a previous build wrote.",
    };

    /// <summary>
    /// The folders an output must never replace: source and theme (nor lie inside them), and the repository holding the
    /// source, the current folder, the home folder and the file system root (which may hold the output).
    /// </summary>
    public static IReadOnlyList<ProtectedFolder> ProtectedFolders(string source, string? theme)
    {
        var folders = new List<ProtectedFolder>();
        if (!string.IsNullOrWhiteSpace(source)) folders.Add(new(source, "source folder", false));
        if (theme is not null) folders.Add(new(theme, "theme folder", false));
        if (RepositoryRoot(source) is { } repository) folders.Add(new(repository, "repository", true));
        folders.Add(new(Directory.GetCurrentDirectory(), "current folder", true));
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0) folders.Add(new(home, "home folder", true));
        folders.Add(new(Path.GetPathRoot(Path.GetFullPath("."))!, "file system root", true));
        return folders;
    }

    /// <summary>The nearest folder at or above the source that holds a .git entry, or null.</summary>
    private static string? RepositoryRoot(string source)
    {
        var start = string.IsNullOrWhiteSpace(source) ? "." : source;
        for (var dir = new DirectoryInfo(RealPath.Resolve(start)); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git"))) return dir.FullName;
        }

        return null;
    }

    /// <summary>The theme folder to use: the one given, else ./themes/default when present, else null for the built-in theme.</summary>
    public static string? ResolveTheme(string? given) =>
        given ?? (Directory.Exists(Path.Combine("themes", "default", "layouts")) ? Path.Combine("themes", "default") : null);

    /// <summary>True for an absolute http or https URL, the only kind a site can be published at.</summary>
    public static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
