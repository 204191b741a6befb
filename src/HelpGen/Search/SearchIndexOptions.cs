namespace HelpGen.Search;

/// <summary>
/// When and how finely the search index is split. A locale with more than <see cref="ShardThreshold"/> documents
/// gets term shards of about <see cref="TermShardBytes"/> bytes, document blocks of <see cref="MetaBlockSize"/>
/// documents and one text file per document; a smaller locale gets one file of each kind.
/// </summary>
public sealed record SearchIndexOptions(int ShardThreshold = 200, int TermShardBytes = 3_000, int MetaBlockSize = 4)
{
    public static SearchIndexOptions Default { get; } = new();
}
