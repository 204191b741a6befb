using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using HelpGen.Diagnostics;
using HelpGen.Theming;

namespace HelpGen.Tests.Theming;

/// <summary>Finds the repository's default theme, loads it once per test run and parses rendered pages.</summary>
internal static class ThemeTestSupport
{
    private static readonly Lazy<Theme> DefaultThemeInstance = new(() => LoadOrFail(ThemeFiles.FromDirectory(DefaultThemePath)));

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string DefaultThemePath => Path.Combine(RepositoryRoot, "themes", "default");

    public static Theme DefaultTheme => DefaultThemeInstance.Value;

    /// <summary>The published, fingerprinted path of a default theme asset: <c>style.css</c> → <c>theme/style.3f9a1c2e.css</c>.</summary>
    public static string AssetPath(string name) => DefaultTheme.Assets.Single(a => a.Name == name).SitePath;

    public static Theme LoadOrFail(ThemeFiles files)
    {
        var diagnostics = new DiagnosticBag();
        var theme = Theme.Load(files, diagnostics);
        Assert.True(theme is not null, string.Join(Environment.NewLine, diagnostics.Sorted));
        return theme!;
    }

    public static IDocument Render(PageModel model) => Parse(DefaultTheme.Render(model));

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The default theme with the file at <paramref name="path"/> replaced by <paramref name="text"/>, loaded (failing the test on diagnostics).</summary>
    public static Theme DefaultThemeWith(string path, string text)
    {
        var files = DefaultFilesCopy();
        files[path] = Encoding.UTF8.GetBytes(text);
        return LoadOrFail(ThemeFiles.FromFiles(files));
    }

    /// <summary>The default theme's files in memory, with some replaced or removed, for error cases.</summary>
    public static Dictionary<string, byte[]> DefaultFilesCopy() =>
        ThemeFiles.FromDirectory(DefaultThemePath).Files.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "HelpGen.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("HelpGen.sln not found above the test output folder.");
    }
}
