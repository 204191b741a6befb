using System.Text;
using HelpGen.Output;

namespace HelpGen.Search;

/// <summary>
/// Term shards: the folded-key space cut into ranges of about the target size. In a sharded index the postings of a
/// stem longer than half a shard go to a file of their own (<c>p&lt;N&gt;</c>; the shard names the number), so shards
/// stay small for the prefix and typo lookups that only need words.
/// </summary>
public sealed partial class SearchIndexBuilder
{
    private static List<TermShard> PackShards(
        IReadOnlyDictionary<string, string> words,
        Dictionary<string, PostingList> postings,
        int targetBytes,
        int bigStemLength)
    {
        var keys = new SortedDictionary<string, KeyEntries>(StringComparer.Ordinal);
        foreach (var (word, stem) in words)
        {
            Entries(keys, TextNormalizer.Fold(word)).Words.Add(new(word, stem));
        }

        foreach (var stem in postings.Keys)
        {
            Entries(keys, TextNormalizer.Fold(stem)).Stems.Add(stem);
        }

        var shards = new List<TermShard>();
        var bound = string.Empty;
        var shardWords = new List<KeyValuePair<string, string>>();
        var shardStems = new List<string>();
        var size = 0;
        foreach (var (key, entries) in keys)
        {
            var entrySize = entries.EstimateBytes(postings, bigStemLength);
            if (size > 0 && size + entrySize > targetBytes)
            {
                shards.Add(Shard(bound, shardWords, shardStems));
                (bound, shardWords, shardStems, size) = (key, [], [], 0);
            }

            shardWords.AddRange(entries.Words);
            shardStems.AddRange(entries.Stems);
            size += entrySize;
        }

        shards.Add(Shard(bound, shardWords, shardStems));
        return shards;
    }

    private static TermShard Shard(string bound, List<KeyValuePair<string, string>> words, List<string> stems) =>
        new(bound, words.OrderBy(w => w.Key, StringComparer.Ordinal).ToList(), stems.Order(StringComparer.Ordinal).ToList());

    private static KeyEntries Entries(SortedDictionary<string, KeyEntries> keys, string key)
    {
        if (!keys.TryGetValue(key, out var entries))
        {
            entries = new KeyEntries();
            keys.Add(key, entries);
        }

        return entries;
    }

    /// <summary>Stems whose postings are longer than <paramref name="bigStemLength"/>, numbered in shard order: each gets a file <c>p&lt;N&gt;</c>.</summary>
    private static Dictionary<string, int> BigStems(List<TermShard> shards, Dictionary<string, PostingList> postings, int bigStemLength) =>
        shards.SelectMany(s => s.Stems)
            .Where(stem => postings[stem].EncodedLength > bigStemLength)
            .Select((stem, i) => (stem, i))
            .ToDictionary(p => p.stem, p => p.i, StringComparer.Ordinal);

    private static string WritePostingFile(IndexFileWriter writer, int index, PostingList postings) =>
        writer.Write($"p{index}", json =>
        {
            json.WriteStartObject();
            json.WriteString("p", postings.Encoded);
            json.WriteEndObject();
        });

    private static string WriteShard(IndexFileWriter writer, int index, TermShard shard, Dictionary<string, PostingList> postings, Dictionary<string, int> big) =>
        writer.Write($"t{index}", json =>
        {
            json.WriteStartObject();
            json.WriteStartObject("w");
            foreach (var (word, stem) in shard.Words)
            {
                json.WriteString(word, word == stem ? string.Empty : stem);
            }

            json.WriteEndObject();
            json.WriteStartObject("p");
            foreach (var stem in shard.Stems)
            {
                if (big.TryGetValue(stem, out var file))
                {
                    json.WriteNumber(stem, file);
                }
                else
                {
                    json.WriteString(stem, postings[stem].Encoded);
                }
            }

            json.WriteEndObject();
            json.WriteEndObject();
        });

    private sealed class KeyEntries
    {
        public List<KeyValuePair<string, string>> Words { get; } = [];

        public List<string> Stems { get; } = [];

        public int EstimateBytes(Dictionary<string, PostingList> postings, int bigStemLength)
        {
            var bytes = 0;
            foreach (var (word, stem) in Words)
            {
                bytes += Encoding.UTF8.GetByteCount(word) + (word == stem ? 0 : Encoding.UTF8.GetByteCount(stem)) + 6;
            }

            foreach (var stem in Stems)
            {
                var length = postings[stem].EncodedLength;
                bytes += Encoding.UTF8.GetByteCount(stem) + (length > bigStemLength ? 6 : length) + 6;
            }

            return bytes;
        }
    }
}
