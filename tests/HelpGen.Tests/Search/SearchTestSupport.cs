using System.Text.Json;
using HelpGen.Configuration;
using HelpGen.Content;
using HelpGen.Diagnostics;
using HelpGen.Markdown;
using HelpGen.Output;
using HelpGen.Search;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Search;

/// <summary>Shared plumbing of the search tests: paths, stemmers, documents from a source folder, running node.</summary>
internal static class SearchTestSupport
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string FixturePath(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "Fixtures", "Search", .. parts]);

    /// <summary>Per locale code: the language, the documents the locale shows (read with the real content pipeline) and the language's synonyms.</summary>
    public static IReadOnlyDictionary<string, (string Language, IReadOnlyList<SearchDocument> Documents, IReadOnlyList<IReadOnlyList<string>> Synonyms)> LoadDocuments(string sourceDirectory)
    {
        var bag = new DiagnosticBag();
        var config = SiteConfigLoader.Load(sourceDirectory, bag) ?? throw new InvalidOperationException(Describe(bag));
        var content = ContentLoader.Load(sourceDirectory, config, bag);
        var plan = SitePlanner.Plan(content, includeDrafts: false);
        var parsed = new Dictionary<string, ParsedArticle>(StringComparer.Ordinal);
        return plan.Locales.ToDictionary(
            l => l.Locale.Code,
            l => (l.Locale.Language, SearchDocumentFactory.ForLocale(l, s => Parse(parsed, s), config.Fallback), config.Search.SynonymsFor(l.Locale.Language)),
            StringComparer.Ordinal);
    }

    /// <summary>
    /// A JSON index file by its logical name (<c>t0</c>, <c>m0</c>), found through the manifest's <c>files</c> map,
    /// since every file but the manifest carries a content hash in its name (<c>t0.3f9a1c2e.json</c>).
    /// </summary>
    public static JsonElement IndexJson(IReadOnlyList<OutputFile> files, string name)
    {
        var manifest = JsonDocument.Parse(files.Single(f => f.Path.EndsWith("/search/manifest.json", StringComparison.Ordinal)).Content).RootElement;
        if (name == "manifest")
        {
            return manifest;
        }

        var fileName = manifest.GetProperty("files").GetProperty(name).GetString();
        return JsonDocument.Parse(files.Single(f => f.Path.EndsWith($"/search/{fileName}.json", StringComparison.Ordinal)).Content).RootElement;
    }

    public static void WriteFiles(string root, IEnumerable<OutputFile> files)
    {
        foreach (var file in files)
        {
            var path = Path.Combine(root, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }
    }

    public static string NewTempDirectory(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"helpgen-{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Runs the Node.js that <see cref="NodeJs"/> found with the arguments from the repository root; fails when there is none.</summary>
    public static (int ExitCode, string Output, string Error) RunNode(params string[] arguments)
    {
        var result = ProcessRunner.Run(NodeJs.Tool.Require(), arguments, RepositoryRoot);
        return (result.ExitCode, result.Stdout, result.Stderr);
    }

    private static ParsedArticle Parse(Dictionary<string, ParsedArticle> cache, SourceArticle source)
    {
        if (!cache.TryGetValue(source.FullPath, out var parsed))
        {
            parsed = MarkdownParser.Parse(source);
            cache.Add(source.FullPath, parsed);
        }

        return parsed;
    }

    private static string Describe(DiagnosticBag bag) => string.Join("\n", bag.Sorted.Select(d => d.ToString()));

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HelpGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("HelpGen.sln not found above " + AppContext.BaseDirectory);
    }
}
