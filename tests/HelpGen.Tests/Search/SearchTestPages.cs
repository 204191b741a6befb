using System.Net;
using System.Text;
using HelpGen.Search;

namespace HelpGen.Tests.Search;

/// <summary>
/// Minimal pages that follow the theme's search markup contract (header form, body data attributes, search page
/// containers and templates), plus the real search.js/css and the index, for browser tests. Offline sites use
/// links ending in index.html and the Script index, like <c>helpgen bundle</c>.
/// </summary>
internal static class SearchTestPages
{
    public static void Write(string site, IReadOnlyDictionary<string, (string Language, IReadOnlyList<SearchDocument> Documents)> locales, bool offline)
    {
        var assets = Path.Combine(SearchTestSupport.RepositoryRoot, "themes", "default", "assets");
        Directory.CreateDirectory(Path.Combine(site, "theme"));
        File.Copy(Path.Combine(assets, "search.js"), Path.Combine(site, "theme", "search.js"), overwrite: true);
        File.Copy(Path.Combine(assets, "search.css"), Path.Combine(site, "theme", "search.css"), overwrite: true);
        var indexFile = offline ? "index.html" : string.Empty;
        var builder = new SearchIndexBuilder();
        foreach (var (locale, (language, documents)) in locales)
        {
            var format = offline ? SearchIndexFormat.Script : SearchIndexFormat.Json;
            SearchTestSupport.WriteFiles(site, builder.Build(locale, language, documents, format, indexFile));
            Save(site, $"{locale}/search/", Page(language, locale, "../../", "./", indexFile, "Search", SearchBody()));
            foreach (var document in documents)
            {
                Save(site, document.Url, Page(language, locale, "../../../", "../../search/", indexFile, document.Title, ArticleBody(document)));
            }
        }
    }

    private static void Save(string site, string folder, string html)
    {
        var path = Path.Combine(site, folder, "index.html");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, html, new UTF8Encoding(false));
    }

    private static string Page(string language, string locale, string root, string searchFolder, string indexFile, string title, string main) => $"""
        <!DOCTYPE html>
        <html lang="{language}">
        <head>
        <meta charset="utf-8">
        <title>{E(title)}</title>
        <link rel="stylesheet" href="{root}theme/search.css">
        <script src="{root}theme/search.js" defer></script>
        </head>
        <body data-search-index="{searchFolder}" data-locale="{locale}">
        <header>
        <form role="search" action="{searchFolder}{indexFile}" class="search-form">
        <input id="search-input" name="q" type="search" autocomplete="off" data-search-input aria-controls="search-dropdown" aria-expanded="false">
        <div id="search-dropdown" data-search-dropdown role="listbox" hidden></div>
        </form>
        </header>
        <main>
        {main}
        </main>
        </body>
        </html>

        """;

    private static string SearchBody() => """
        <h1>Search</h1>
        <div id="search-status" role="status" aria-live="polite"></div>
        <div id="search-results"></div>
        <template id="search-hints"><p class="search-hint">Type a few words about your question.</p></template>
        <template id="search-no-results"><div class="search-help"><h2>No results</h2><a href="../faq/">FAQ</a> <a href="mailto:support@example.org">Support</a></div></template>
        """;

    private static string ArticleBody(SearchDocument document)
    {
        var html = new StringBuilder($"<h1>{E(document.Title)}</h1>\n");
        foreach (var section in document.Sections)
        {
            if (section.HeadingId is not null)
            {
                html.Append($"<h2 id=\"{E(section.HeadingId)}\">{E(section.HeadingText ?? string.Empty)}</h2>\n");
            }

            html.Append($"<p>{E(section.Text)}</p>\n");
        }

        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
