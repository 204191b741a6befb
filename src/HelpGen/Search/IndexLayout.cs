namespace HelpGen.Search;

/// <summary>The shape of one locale's index, as the manifest announces it to the browser.</summary>
internal sealed record IndexLayout(
    string LocaleCode,
    string Language,
    string IndexFile,
    int DocumentCount,
    IReadOnlyList<string> ShardBounds,
    int MetaBlockSize,
    int TextBlockSize,
    QueryAnalysis Analysis);

/// <summary>
/// One term shard: every surface word and every stem whose folded key is at least <see cref="LowerBound"/>
/// and below the next shard's bound, both sorted by folded key, then ordinally.
/// </summary>
internal sealed record TermShard(string LowerBound, IReadOnlyList<KeyValuePair<string, string>> Words, IReadOnlyList<string> Stems);
