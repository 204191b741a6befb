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
        Description = "Theme folder (layouts, partials, assets, i18n). Default: themes/default if present, else the theme built into helpgen.",
    };

    public static Option<bool> Drafts() => new("--drafts")
    {
        Description = "Include articles marked 'draft: true'.",
    };
}
