using System.Runtime.InteropServices;
using HelpGen.Output;
using HelpGen.Search.Languages;
using HelpGen.Search.Stemming;

namespace HelpGen.Search;

/// <summary>
/// Builds one locale's client-side search index from its documents: a small <c>manifest</c> (naming the other files,
/// whose names carry content hashes), term shards
/// (<c>t0</c>, <c>t1</c>, … surface words → stems, and each stem's postings, the largest ones in <c>p0</c>, <c>p1</c>, …), document blocks (<c>m0</c>, …:
/// title, URL, section, summary, headings) and text blocks (<c>x0</c>, …: section texts for snippets), all under
/// <c>&lt;locale&gt;/search/</c>. Words are stemmed here, with the language's stemmer, so the browser needs none.
/// The builder indexes exactly the documents it is given; which articles a locale shows is the caller's business.
/// </summary>
public sealed partial class SearchIndexBuilder
{
    public const int FormatVersion = 1;

    private readonly Func<string, IStemmer?> _stemmerFor;
    private readonly SearchIndexOptions _options;

    /// <summary>A builder that stems with the Snowball stemmers of <see cref="Stemmers.For"/>.</summary>
    public SearchIndexBuilder(SearchIndexOptions? options = null)
        : this(Stemmers.For, options)
    {
    }

    /// <param name="stemmerFor">The stemmer for an ISO 639-1 language, or null to index unstemmed words.</param>
    /// <param name="options">Sharding thresholds; <see cref="SearchIndexOptions.Default"/> when null.</param>
    public SearchIndexBuilder(Func<string, IStemmer?> stemmerFor, SearchIndexOptions? options = null)
    {
        _stemmerFor = stemmerFor;
        _options = options ?? SearchIndexOptions.Default;
    }

    /// <summary>Builds the index files of one locale, ordered by path (see <see cref="Write"/>).</summary>
    public IReadOnlyList<OutputFile> Build(
        string localeCode,
        string language,
        IReadOnlyList<SearchDocument> documents,
        SearchIndexFormat format,
        string? indexFile = null,
        IReadOnlyList<IReadOnlyList<string>>? synonyms = null)
    {
        var files = new MemorySink();
        Write(files, localeCode, language, documents, format, indexFile, synonyms);
        return files.Files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>Builds the index files of one locale into <paramref name="sink"/> as each is made; returns their paths, ordered.</summary>
    /// <param name="sink">Where each file goes (a build's folder, or a <see cref="MemorySink"/>).</param>
    /// <param name="localeCode">The locale's folder, e.g. <c>de-de</c>.</param>
    /// <param name="language">The ISO 639-1 language whose stemmer is used, e.g. <c>de</c>.</param>
    /// <param name="documents">The articles the locale shows; any order (they are sorted by URL).</param>
    /// <param name="format">JSON for a web server, Script for the offline bundle.</param>
    /// <param name="indexFile">
    /// What result links append to the article folder: <c>""</c> (<c>de-de/x/y/</c>) or <c>"index.html"</c>.
    /// Null chooses by format: <c>""</c> for Json, <c>"index.html"</c> for Script.
    /// </param>
    /// <param name="synonyms">Groups of words or phrases that mean the same (site.yml <c>search.synonyms</c> of the language), applied by the browser to queries.</param>
    /// <param name="textBlocks">Text blocks an incremental build keeps (and the texts of those it writes); null writes each from its documents.</param>
    public IReadOnlyList<string> Write(
        ISiteSink sink,
        string localeCode,
        string language,
        IReadOnlyList<SearchDocument> documents,
        SearchIndexFormat format,
        string? indexFile = null,
        IReadOnlyList<IReadOnlyList<string>>? synonyms = null,
        ITextBlocks? textBlocks = null)
    {
        ValidateLocale(localeCode);
        var sorted = documents.OrderBy(d => d.Url, StringComparer.Ordinal).ToList();
        var analysis = SearchLanguages.For(language);
        using var stems = new StemCache(_stemmerFor(language), analysis.Forms);
        var analyzed = Analyze(sorted, stems, analysis.SplitsCompounds ? CompoundParts(sorted, stems) : null);
        var sharded = sorted.Count > _options.ShardThreshold;
        var postings = CollectPostings(analyzed);
        var bigStemLength = sharded ? _options.TermShardBytes / 2 : int.MaxValue;
        var shards = PackShards(stems.Stems, postings, sharded ? _options.TermShardBytes : int.MaxValue, bigStemLength);
        var big = BigStems(shards, postings, bigStemLength);
        var layout = new IndexLayout(
            localeCode,
            language,
            indexFile ?? (format == SearchIndexFormat.Script ? "index.html" : string.Empty),
            sorted.Count,
            shards.Select(s => s.LowerBound).ToList(),
            sharded ? _options.MetaBlockSize : Math.Max(1, sorted.Count),
            sharded ? 1 : Math.Max(1, sorted.Count),
            QueryAnalysis.Create(analysis, stems, synonyms ?? []));

        var writer = new IndexFileWriter(localeCode, format, sink);
        var files = shards.Select((shard, i) => WriteShard(writer, i, shard, postings, big)).ToList();
        files.AddRange(big.Select(stem => WritePostingFile(writer, stem.Value, postings[stem.Key])));
        files.AddRange(WriteMetaBlocks(writer, layout, sorted));
        files.AddRange(WriteTextBlocks(writer, layout, sorted, textBlocks));
        files.Add(WriteManifest(writer, layout, sorted, files.Select(IndexFileWriter.NamesOf).ToList()));
        return files.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Each document's postings, weighted against the locale's average field lengths (summed in document order, so
    /// the weights do not depend on the number of threads).
    /// </summary>
    private static Posting[][] Analyze(List<SearchDocument> documents, StemCache stems, Func<int, int[]>? parts)
    {
        var lengths = new int[documents.Count][];
        Parallel.For(0, documents.Count, Parallelism.Options, i => lengths[i] = DocumentAnalyzer.FieldLengths(documents[i].Words));
        var averages = new double[SearchScoring.FieldCount];
        foreach (var document in lengths)
        {
            for (var f = 0; f < SearchScoring.FieldCount; f++)
            {
                averages[f] += document[f] / (double)documents.Count;
            }
        }

        var analyzer = new DocumentAnalyzer(stems, parts);
        var analyzed = new Posting[documents.Count][];
        Parallel.For(0, documents.Count, Parallelism.Options, i => analyzed[i] = analyzer.Analyze(documents[i], lengths[i], averages));
        return analyzed;
    }

    /// <summary>
    /// Reads every word of the documents first, then splits each long word into parts that are words (or stems) of
    /// that vocabulary: the compound parts the analyzer adds.
    /// </summary>
    private static Func<int, int[]> CompoundParts(List<SearchDocument> documents, StemCache stems)
    {
        Parallel.ForEach(documents, Parallelism.Options, document =>
        {
            // Each distinct word of a document once.
            var seen = t_seen ??= new WordMap<bool>();
            seen.Clear();
            foreach (var list in document.Words.Lists())
            {
                foreach (var word in list)
                {
                    seen.GetOrAdd(word, out var met);
                    if (!met) stems.Stem(word);
                }
            }
        });
        var words = stems.Stems.Keys.ToHashSet(StringComparer.Ordinal);
        var known = stems.Stems.Values.ToHashSet(StringComparer.Ordinal);
        var decompounder = new Decompounder(part => words.Contains(part) || known.Contains(stems.StemUncached(part)));
        var parts = words.Order(StringComparer.Ordinal)
            .Select(w => (Word: w, Parts: decompounder.Split(w)))
            .Where(p => p.Parts.Count > 0)
            .ToDictionary(p => Vocabulary.Id(p.Word), p => p.Parts.Select(Vocabulary.Id).ToArray());
        return word => parts.TryGetValue(word, out var found) ? found : [];
    }

    [ThreadStatic]
    private static WordMap<bool>? t_seen;

    /// <summary>Each stem's postings, in ascending document order.</summary>
    private static Dictionary<string, PostingList> CollectPostings(Posting[][] analyzed)
    {
        var byNumber = new Dictionary<int, PostingList>();
        for (var id = 0; id < analyzed.Length; id++)
        {
            foreach (var posting in analyzed[id])
            {
                ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(byNumber, posting.Stem, out _);
                (list ??= new PostingList()).Add(id, posting.Weight, posting.Mask);
            }
        }

        return byNumber.ToDictionary(p => Vocabulary.Word(p.Key), p => p.Value, StringComparer.Ordinal);
    }

    private static void ValidateLocale(string localeCode)
    {
        if (localeCode.Length == 0 || localeCode.Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_')))
        {
            throw new ArgumentException($"Not a locale folder name: '{localeCode}'.", nameof(localeCode));
        }
    }
}
