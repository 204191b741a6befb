using HelpGen.Configuration;
using HelpGen.Content;
using HelpGen.Diagnostics;
using HelpGen.Markdown;
using HelpGen.Output;
using HelpGen.Search;
using HelpGen.Theming;

namespace HelpGen.Building;

/// <summary>
/// Runs the whole pipeline: site.yml → content → plan → Markdown → page models → theme → files, every file handed
/// to a sink as soon as it is finished: kept in memory (check, bundle, serve) or written by <see cref="SiteWriter"/>
/// into its staging folder (build). The stages themselves do no disk writes.
/// </summary>
public sealed class SiteBuilder
{
    /// <summary>The default theme, embedded in this library.</summary>
    public static ThemeFiles EmbeddedTheme() => ThemeFiles.FromEmbeddedResources(typeof(SiteBuilder).Assembly, "theme/");

    /// <summary>Builds the site in memory (check, bundle and the preview need every file).</summary>
    public BuildResult Build(BuildOptions options)
    {
        var sink = new MemorySink();
        var result = Build(options, sink);
        var keep = result.Config is not null && (!result.HasErrors || options.KeepOutputOnErrors);
        return result with { Output = keep ? new SiteOutput(sink.Files) : null };
    }

    /// <summary>
    /// Builds the site straight into <paramref name="outputDirectory"/>: pages are written as they are rendered into a
    /// staging folder, which replaces the output folder only when the build has no errors (else it is deleted).
    /// <see cref="BuildResult.Output"/> stays null: the site is on disk, not in memory.
    /// </summary>
    /// <remarks>
    /// With <see cref="BuildOptions.UseCache"/>, a build whose inputs and output folder are unchanged since the last
    /// build without diagnostics is skipped (<see cref="BuildResult.FromCache"/>); see <see cref="BuildCache"/>.
    /// </remarks>
    /// <param name="checkpoint">Passed to <see cref="SiteWriter"/>: called at each write phase (tests pause there).</param>
    /// <param name="allowExchange">False forces the two-rename swap (tests).</param>
    public BuildResult Build(BuildOptions options, string outputDirectory, Action<string>? checkpoint = null, bool allowExchange = true)
    {
        var folderCache = options.UseCache ? new BuildCache(outputDirectory) : null;
        // Listing the output folder and hashing the inputs are both mostly system calls: they run side by side.
        var lookup = folderCache is null ? Task.FromResult<BuildRecord?>(null) : Task.Run(folderCache.Lookup);
        var inputs = folderCache is null ? null : BuildCache.TryFingerprint(CacheSettings(options), CacheFolders(options));
        var recorded = lookup.GetAwaiter().GetResult();
        var cache = inputs is null ? null : folderCache;
        var previous = inputs is null ? null : recorded;
        if (previous is not null && previous.Fingerprint == inputs!.Fingerprint) return new BuildResult(null, [], previous.Locales, previous.Pages) { FromCache = true };
        cache?.Invalidate();
        var known = cache is null ? null : FrontMatterCache.Open(cache.FrontMatterPath, BuildCache.BuildId, inputs!.File);
        BuildResult? result = null;
        PageReuse? reuse = null;
        FolderSink? written = null;
        try
        {
            SiteWriter.Write(outputDirectory, staging =>
            {
                var sink = written = new FolderSink(staging, checkpoint) { Previous = previous is null ? null : outputDirectory };
                Func<SitePlan, DiagnosticBag, PageReuse>? start = cache is null ? null : (plan, bag) => reuse = PageReuse.Start(plan, inputs!, previous, cache, sink, MarkdownParser.Parse, bag);
                result = Build(options, sink, keepText: false, start, known);
                return result.Config is not null && !result.HasErrors;
            }, checkpoint, allowExchange, swapped: () =>
            {
                if (result!.Diagnostics.Count == 0 && reuse?.Record is { } record) TrySave(cache!, record, [.. written!.Files, OutputFolder.MarkerName], written.Linked, written.Written);
            });
        }
        finally
        {
            reuse?.Dispose();
        }

        return result!;
    }

    /// <summary>Saves the build record; a full disk only costs the next build its shortcuts.</summary>
    private static void TrySave(BuildCache cache, BuildRecord record, IReadOnlyList<string> files, IReadOnlySet<string> linked, IReadOnlyDictionary<string, (long Size, long Ticks)> written)
    {
        try
        {
            cache.Save(record, files, linked, written);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The record was removed before the build (Invalidate), so the next build is simply a full one.
        }
    }

    /// <summary>Every option that changes the site's bytes, for the cache fingerprint.</summary>
    private static string CacheSettings(BuildOptions options) => string.Join('\n',
        Path.GetFullPath(options.SourceDirectory),
        options.ThemeDirectory is null ? "(embedded theme)" : Path.GetFullPath(options.ThemeDirectory),
        options.IncludeDrafts,
        options.BaseUrlOverride ?? "(site.yml baseUrl)",
        options.LinkStyle,
        options.KeepOutputOnErrors,
        string.Join(',', options.Locales ?? []));

    private static IEnumerable<string> CacheFolders(BuildOptions options) =>
        options.ThemeDirectory is null ? [options.SourceDirectory] : [options.SourceDirectory, options.ThemeDirectory];

    /// <param name="keepText">False when nothing after the build needs the articles' text: bodies are read again when parsed.</param>
    /// <param name="startReuse">For an incremental build: starts its <see cref="PageReuse"/> once the plan is made.</param>
    /// <param name="known">The front matter of files read by earlier builds into the same folder (see <see cref="FrontMatterCache"/>).</param>
    private static BuildResult Build(BuildOptions options, ISiteSink sink, bool keepText = true, Func<SitePlan, DiagnosticBag, PageReuse>? startReuse = null, FrontMatterCache? known = null)
    {
        var diagnostics = new DiagnosticBag();
        var prepared = Prepare(options, theme: null, diagnostics, keepText: keepText, known: known);
        // The content stage is over (when it ran), so the front matter it read is saved beside the rest of the build.
        var savingFrontMatter = known is null ? Task.CompletedTask : Task.Run(known.Save);
        if (prepared is null)
        {
            savingFrontMatter.GetAwaiter().GetResult();
            return Fail(diagnostics);
        }

        var (plan, theme) = prepared.Value;
        var renderer = new SiteRenderer(plan, theme, options, diagnostics, sink);
        var reuse = startReuse?.Invoke(plan, diagnostics.For(DiagnosticStage.Parse));
        renderer.Run(MarkdownParser.Parse, reuse);
        if (reuse is not null && diagnostics.Count == 0) reuse.Finish(plan, renderer.HtmlFiles, renderer.IdsOf);
        savingFrontMatter.GetAwaiter().GetResult();
        return new BuildResult(null, diagnostics.Sorted, plan.Locales.Count, renderer.HtmlFiles) { Config = plan.Config, KeptPages = renderer.KeptPages };
    }

    /// <summary>
    /// The stages before rendering: source folder, site.yml, theme (unless one is given), content, locale selection
    /// and plan. Null, with diagnostics, when the source folder, site.yml or the theme is unusable.
    /// </summary>
    /// <param name="reads">Reads article files for the content stage (the preview's cache of unchanged files); null reads each file.</param>
    /// <param name="keepText">False when nothing after the build needs the articles' text: bodies are read again when parsed.</param>
    /// <param name="known">Front matter known from earlier builds (a build into a folder); null reads every file.</param>
    internal static (SitePlan Plan, Theme Theme)? Prepare(BuildOptions options, Theme? theme, DiagnosticBag diagnostics, ArticleReads? reads = null, bool keepText = true, FrontMatterCache? known = null)
    {
        if (!Directory.Exists(options.SourceDirectory))
        {
            diagnostics.For(DiagnosticStage.Config).Error(DiagnosticCodes.SourceFolderMissing, $"source folder '{options.SourceDirectory}' does not exist (use --source to pick the folder with site.yml)");
            return null;
        }

        var display = new DisplayPaths(options.DisplayRoot);
        var config = SiteConfigLoader.Load(options.SourceDirectory, diagnostics.For(DiagnosticStage.Config), display);
        theme ??= LoadTheme(options, diagnostics.For(DiagnosticStage.Theme));
        if (config is null || theme is null) return null;
        if (options.BaseUrlOverride is { } baseUrl) config = config with { BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/" };
        BuildProgress.Start(options.Progress, BuildProgress.Content, 0);
        var content = ContentLoader.Load(options.SourceDirectory, config, diagnostics.For(DiagnosticStage.Content), display, reads, keepText, known);
        options.Progress?.Report(new BuildProgress(BuildProgress.Content, content.Articles.Count, content.Articles.Count));
        content = content with { Config = SelectLocales(config, options.Locales, diagnostics.For(DiagnosticStage.Plan)) };
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

    /// <summary>One locale's search index, from its search documents, into <paramref name="sink"/> file by file; returns the files' paths.</summary>
    /// <param name="textBlocks">The text blocks an incremental build keeps; null writes them all.</param>
    internal static IReadOnlyList<string> WriteSearchIndex(SearchIndexBuilder builder, SitePlan plan, LocalePlan locale, LinkStyle style, IReadOnlyList<SearchDocument> documents, ISiteSink sink, ITextBlocks? textBlocks = null) =>
        builder.Write(
            sink,
            locale.Locale.Code,
            locale.Locale.Language,
            documents,
            style == LinkStyle.IndexHtml ? SearchIndexFormat.Script : SearchIndexFormat.Json,
            style == LinkStyle.IndexHtml ? "index.html" : string.Empty,
            plan.Config.Search.SynonymsFor(locale.Locale.Language),
            textBlocks);
}
