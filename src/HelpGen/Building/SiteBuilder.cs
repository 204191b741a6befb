using System.Collections.Concurrent;
using HelpGen.Configuration;
using HelpGen.Content;
using HelpGen.Diagnostics;
using HelpGen.Markdown;
using HelpGen.Output;
using HelpGen.Search;
using HelpGen.Theming;

namespace HelpGen.Building;

/// <summary>
/// Runs the whole pipeline: site.yml → content → plan → Markdown → page models → theme → files.
/// Does no disk writes; <see cref="SiteWriter"/> writes the result.
/// </summary>
public sealed class SiteBuilder
{
    /// <summary>The default theme, embedded in this library.</summary>
    public static ThemeFiles EmbeddedTheme() => ThemeFiles.FromEmbeddedResources(typeof(SiteBuilder).Assembly, "theme/");

    public BuildResult Build(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var prepared = Prepare(options, theme: null, diagnostics);
        if (prepared is null) return Fail(diagnostics);
        var (plan, theme) = prepared.Value;
        var files = Render(plan, theme, options, diagnostics, MarkdownParser.Parse);
        var output = diagnostics.HasErrors && !options.KeepOutputOnErrors ? null : new SiteOutput(files);
        return new BuildResult(output, diagnostics.Sorted, plan.Locales.Count, files.Count(f => f.IsHtml)) { Config = plan.Config };
    }

    /// <summary>
    /// The stages before rendering: source folder, site.yml, theme (unless one is given), content, locale selection
    /// and plan. Null, with diagnostics, when the source folder, site.yml or the theme is unusable.
    /// </summary>
    internal static (SitePlan Plan, Theme Theme)? Prepare(BuildOptions options, Theme? theme, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(options.SourceDirectory))
        {
            diagnostics.Error(DiagnosticCodes.SourceFolderMissing, $"source folder '{options.SourceDirectory}' does not exist (use --source to pick the folder with site.yml)");
            return null;
        }

        var config = SiteConfigLoader.Load(options.SourceDirectory, diagnostics);
        theme ??= LoadTheme(options, diagnostics);
        if (config is null || theme is null) return null;
        if (options.BaseUrlOverride is { } baseUrl) config = config with { BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/" };
        BuildProgress.Start(options.Progress, BuildProgress.Content, 0);
        var content = ContentLoader.Load(options.SourceDirectory, config, diagnostics);
        options.Progress?.Report(new BuildProgress(BuildProgress.Content, content.Articles.Count, content.Articles.Count));
        content = content with { Config = SelectLocales(config, options.Locales, diagnostics) };
        if (content.Config.Locales.Count == 0) return null;
        return (SitePlanner.Plan(content, options.IncludeDrafts), theme);
    }

    /// <summary>Keeps only the requested locales (in site.yml order); an unknown code is a usage error.</summary>
    private static SiteConfig SelectLocales(SiteConfig config, IReadOnlyList<string>? codes, DiagnosticBag diagnostics)
    {
        if (codes is null || codes.Count == 0) return config;
        foreach (var unknown in codes.Where(c => config.Locales.All(l => l.Code != c)))
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidLocale, $"locale '{unknown}' is not in site.yml (known: {string.Join(", ", config.Locales.Select(l => l.Code))})");
        }

        var locales = config.Locales.Where(l => codes.Contains(l.Code)).ToList();
        if (diagnostics.HasErrors) locales.Clear();
        var defaultLocale = locales.Any(l => l.Code == config.DefaultLocale) ? config.DefaultLocale : locales.FirstOrDefault()?.Code ?? config.DefaultLocale;
        return config with { Locales = locales, DefaultLocale = defaultLocale };
    }

    private static BuildResult Fail(DiagnosticBag diagnostics) => new(null, diagnostics.Sorted, 0, 0);

    /// <summary>Loads the theme folder of <paramref name="options"/>, or the embedded theme; null (with errors) when unusable.</summary>
    internal static Theme? LoadTheme(BuildOptions options, DiagnosticBag diagnostics)
    {
        if (options.ThemeDirectory is { } folder && !Directory.Exists(folder))
        {
            diagnostics.Error(DiagnosticCodes.ThemeInvalid, $"theme folder '{folder}' does not exist (use --theme, or leave it out for the built-in theme)");
            return null;
        }

        var files = options.ThemeDirectory is null ? EmbeddedTheme() : ThemeFiles.FromDirectory(options.ThemeDirectory).LayeredOver(EmbeddedTheme());
        return Theme.Load(files, diagnostics);
    }

    /// <summary>Renders every file of the site; <paramref name="parse"/> lets the preview server reuse parsed articles.</summary>
    internal static List<OutputFile> Render(SitePlan plan, Theme theme, BuildOptions options, DiagnosticBag diagnostics, Func<SourceArticle, ParsedArticle> parse)
    {
        var parsed = ParseAll(plan, parse, options.Progress, diagnostics);
        var (renderedCount, articlePages) = (0, plan.Locales.Sum(l => l.Sections.Sum(s => s.Articles.Count)));
        BuildProgress.Start(options.Progress, BuildProgress.Pages, articlePages);
        var resolver = new LinkResolver(plan, parsed, options.LinkStyle, diagnostics);
        var factory = new PageModelFactory(plan, theme, options.LinkStyle, plan.Config.BaseUrl) { Related = RelatedArticles.For(plan, source => parsed[source.FullPath]) };
        var pages = new PageRenderer(theme, diagnostics);
        var files = new ConcurrentBag<OutputFile>();
        var bySource = plan.Locales
            .SelectMany(l => l.Sections.SelectMany(s => s.Articles.Select(a => (Locale: l, Section: s, Article: a))))
            .GroupBy(x => x.Article.Source.FullPath);
        Parallel.ForEach(bySource, group =>
        {
            foreach (var (locale, section, article) in group)
            {
                var html = ArticleRenderer.Render(parsed[group.Key], article, resolver, theme.Strings(article.Source.Language));
                files.Add(pages.Render(factory.Article(locale, section, html), article.SitePath, new PageOrigin(article.Source.DisplayPath, html.Links)));
                BuildProgress.Step(options.Progress, BuildProgress.Pages, ref renderedCount, articlePages);
            }
        });

        foreach (var locale in plan.Locales)
        {
            files.Add(pages.Render(factory.Home(locale), $"{locale.Locale.Code}/"));
            files.Add(pages.Render(factory.Search(locale), $"{locale.Locale.Code}/search/"));
            files.Add(pages.Render(factory.NotFound(locale), $"{locale.Locale.Code}/404.html"));
            foreach (var section in locale.Sections) files.Add(pages.Render(factory.Section(locale, section), $"{locale.Locale.Code}/{section.Section.Id}/"));
        }

        files.Add(pages.Render(factory.Chooser(), string.Empty));
        files.Add(pages.Render(factory.NotFound(), "404.html"));
        var all = files.ToList();
        BuildProgress.Start(options.Progress, BuildProgress.Search, plan.Locales.Count);
        all.AddRange(SearchIndexes(plan, options.LinkStyle, source => parsed[source.FullPath]));
        options.Progress?.Report(new BuildProgress(BuildProgress.Search, plan.Locales.Count, plan.Locales.Count));
        all.AddRange(theme.Assets.Select(a => new OutputFile(a.SitePath, a.Content)));
        all.AddRange(SiteExtras.Create(plan, pages.SitemapEntries, all, diagnostics));
        all.AddRange(plan.Content.Assets.Select(a => (a.SitePath, Content: a.TryRead(diagnostics))).Where(a => a.Content is not null).Select(a => new OutputFile(a.SitePath, a.Content!)));
        return all;
    }

    private static ConcurrentDictionary<string, ParsedArticle> ParseAll(SitePlan plan, Func<SourceArticle, ParsedArticle> parse, IProgress<BuildProgress>? progress, DiagnosticBag diagnostics)
    {
        var parsed = new ConcurrentDictionary<string, ParsedArticle>(StringComparer.Ordinal);
        var sources = plan.AllArticles.Select(a => a.Source).DistinctBy(s => s.FullPath).ToList();
        var done = 0;
        BuildProgress.Start(progress, BuildProgress.Markdown, sources.Count);
        Parallel.ForEach(sources, source =>
        {
            parsed[source.FullPath] = MarkdownGuard.Parse(parse, source, diagnostics);
            BuildProgress.Step(progress, BuildProgress.Markdown, ref done, sources.Count);
        });
        return parsed;
    }

    /// <summary>Each locale's search index: JSON for servers, self-registering scripts for the file:// bundle.</summary>
    internal static IEnumerable<OutputFile> SearchIndexes(SitePlan plan, LinkStyle style, Func<SourceArticle, ParsedArticle> parse)
    {
        var builder = new SearchIndexBuilder();
        var format = style == LinkStyle.IndexHtml ? SearchIndexFormat.Script : SearchIndexFormat.Json;
        var indexFile = style == LinkStyle.IndexHtml ? "index.html" : string.Empty;
        return plan.Locales
            .AsParallel().AsOrdered()
            .SelectMany(locale => builder.Build(
                locale.Locale.Code,
                locale.Locale.Language,
                SearchDocumentFactory.ForLocale(locale, parse, plan.Config.Fallback),
                format,
                indexFile,
                plan.Config.Search.SynonymsFor(locale.Locale.Language)))
            .ToList();
    }
}
