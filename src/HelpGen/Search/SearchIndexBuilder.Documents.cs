using System.Buffers;
using System.Text;
using System.Text.Json;
using HelpGen.Markdown;
using HelpGen.Output;

namespace HelpGen.Search;

/// <summary>The manifest, the document blocks (shown results) and the text blocks (snippets).</summary>
public sealed partial class SearchIndexBuilder
{
    /// <summary>Section texts are kept for snippets up to this many characters each.</summary>
    public const int MaxSectionTextLength = 3000;

    /// <param name="files">Every other file of the index: its logical name (<c>t0</c>) and published name (<c>t0.3f9a1c2e</c>).</param>
    private static string WriteManifest(IndexFileWriter writer, IndexLayout layout, List<SearchDocument> documents, IReadOnlyList<(string Name, string FileName)> files) =>
        writer.Write(IndexFileWriter.ManifestName, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("version", FormatVersion);
            json.WriteString("locale", layout.LocaleCode);
            json.WriteString("language", layout.Language);
            json.WriteString("indexFile", layout.IndexFile);
            json.WriteNumber("docCount", layout.DocumentCount);
            WriteArray(json, "fields", SearchScoring.FieldNames, json.WriteStringValue);
            WriteArray(json, "weights", SearchScoring.FieldWeights, json.WriteNumberValue);
            json.WriteNumber("k1", SearchScoring.K1);
            json.WriteNumber("maxWeight", SearchScoring.MaxQuantizedWeight);
            WriteArray(json, "shards", layout.ShardBounds, json.WriteStringValue);
            json.WriteNumber("metaBlockSize", layout.MetaBlockSize);
            json.WriteNumber("textBlockSize", layout.TextBlockSize);
            json.WriteStartArray("sections");
            foreach (var (id, title) in SectionsOf(documents))
            {
                json.WriteStartArray();
                json.WriteStringValue(id);
                json.WriteStringValue(title);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteStartObject("files");
            foreach (var (name, fileName) in files.OrderBy(f => f.Name, StringComparer.Ordinal)) json.WriteString(name, fileName);
            json.WriteEndObject();
            WriteAnalysis(json, layout.Analysis);
            json.WriteEndObject();
        });

    /// <summary>The query analysis of the language: <c>stop</c>, <c>forms</c>, <c>compounds</c>, <c>synonyms</c> (each only when it has content).</summary>
    private static void WriteAnalysis(Utf8JsonWriter json, QueryAnalysis analysis)
    {
        if (analysis.StopWords.Count > 0)
        {
            WriteArray(json, "stop", analysis.StopWords, json.WriteStringValue);
        }

        if (analysis.Forms.Count > 0)
        {
            json.WriteStartObject("forms");
            foreach (var (word, stem) in analysis.Forms)
            {
                json.WriteString(word, stem);
            }

            json.WriteEndObject();
        }

        if (analysis.SplitsCompounds)
        {
            json.WriteBoolean("compounds", true);
        }

        if (analysis.Synonyms.Count > 0)
        {
            json.WriteStartArray("synonyms");
            foreach (var group in analysis.Synonyms)
            {
                WriteArray(json, null, group, json.WriteStringValue);
            }

            json.WriteEndArray();
        }
    }

    private static IEnumerable<string> WriteMetaBlocks(IndexFileWriter writer, IndexLayout layout, List<SearchDocument> documents)
    {
        var sectionIndex = SectionsOf(documents).Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return Blocks(documents, layout.MetaBlockSize).Select((block, b) => writer.Write($"m{b}", json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("d");
            foreach (var document in block)
            {
                json.WriteStartArray();
                json.WriteStringValue(document.Title);
                json.WriteStringValue(document.Url);
                json.WriteNumberValue(sectionIndex[document.SectionId]);
                json.WriteStringValue(document.Summary ?? string.Empty);
                json.WriteStartArray();
                foreach (var section in document.Sections)
                {
                    WriteHeading(json, section.HeadingId, section.HeadingText);
                }

                json.WriteEndArray();
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }));
    }

    /// <summary>The text blocks, written (or kept, see <see cref="ITextBlocks"/>) in parallel (a sharded index has one per document).</summary>
    private static string[] WriteTextBlocks(IndexFileWriter writer, IndexLayout layout, List<SearchDocument> documents, ITextBlocks? textBlocks)
    {
        var blocks = Blocks(documents, layout.TextBlockSize).ToArray();
        var files = new string[blocks.Length];
        Parallel.For(0, blocks.Length, Parallelism.Options, b => files[b] = textBlocks?.Keep($"x{b}", blocks[b]) ?? WriteTextBlock(writer, $"x{b}", blocks[b], textBlocks));
        return files;
    }

    private static string WriteTextBlock(IndexFileWriter writer, string name, List<SearchDocument> block, ITextBlocks? textBlocks) =>
        writer.Write(name, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("d");
            foreach (var document in block)
            {
                json.WriteStartArray();
                foreach (var section in textBlocks?.Texts(document) ?? document.Sections)
                {
                    WriteCompact(json, section.Text);
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

    private static void WriteHeading(Utf8JsonWriter json, string? id, string? text)
    {
        if (id is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartArray();
        json.WriteStringValue(id);
        json.WriteStringValue(text ?? string.Empty);
        json.WriteEndArray();
    }

    private static List<(string Id, string Title)> SectionsOf(List<SearchDocument> documents) =>
        documents.Select(d => (d.SectionId, d.SectionTitle))
            .DistinctBy(s => s.SectionId, StringComparer.Ordinal)
            .OrderBy(s => s.SectionId, StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<List<SearchDocument>> Blocks(List<SearchDocument> documents, int size) =>
        documents.Count == 0 ? [[]] : documents.Chunk(size).Select(c => c.ToList());

    /// <summary>
    /// Writes a section's text with each run of white space made one space, none at the ends, cut after
    /// <see cref="MaxSectionTextLength"/> characters at most. Most texts already are like that and are written as they are;
    /// the others are compacted in a pooled buffer.
    /// </summary>
    private static void WriteCompact(Utf8JsonWriter json, string text)
    {
        if (IsCompact(text))
        {
            json.WriteStringValue(text);
            return;
        }

        var buffer = ArrayPool<char>.Shared.Rent(Math.Min(text.Length, MaxSectionTextLength));
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (length >= MaxSectionTextLength)
            {
                break;
            }

            if (PlainText.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                // A cut text ends with a word, not with the space before the next one.
                if (length + 1 >= MaxSectionTextLength) break;
                buffer[length++] = ' ';
                space = false;
            }

            buffer[length++] = c;
        }

        json.WriteStringValue(buffer.AsSpan(0, length));
        ArrayPool<char>.Shared.Return(buffer);
    }

    /// <summary>
    /// True when <see cref="WriteCompact"/> would leave <paramref name="text"/> as it is. The text of an article's section
    /// is compact already (<see cref="PlainText"/> collapses it), so this is a few vector searches: for two spaces, and
    /// for the only characters that can be other white space (controls, U+0085, U+00A0, and U+1680 on), each of which
    /// is then looked at.
    /// </summary>
    private static bool IsCompact(string text)
    {
        if (text.Length > MaxSectionTextLength || (text.Length > 0 && (text[0] == ' ' || text[^1] == ' '))) return false;
        var rest = text.AsSpan();
        if (rest.Contains("  ", StringComparison.Ordinal) || rest.IndexOfAny('\u0085', '\u00A0') >= 0) return false;
        for (var i = rest.IndexOfAnyExceptInRange(' ', '\u167F'); i >= 0; i = rest.IndexOfAnyExceptInRange(' ', '\u167F'))
        {
            if (PlainText.IsWhiteSpace(rest[i])) return false;
            rest = rest[(i + 1)..];
        }

        return true;
    }

    private static void WriteArray<T>(Utf8JsonWriter json, string? name, IEnumerable<T> values, Action<T> write)
    {
        if (name is null)
        {
            json.WriteStartArray();
        }
        else
        {
            json.WriteStartArray(name);
        }

        foreach (var value in values)
        {
            write(value);
        }

        json.WriteEndArray();
    }
}
