using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using HelpGen.Markdown;

namespace HelpGen.Search;

/// <summary>
/// The words of a <see cref="SearchDocument"/>'s fields (see <see cref="Tokenizer"/>), split once per source file:
/// the search index, its compound splitting and the related-articles finder all read these, and locales that show
/// the same file (ru-ru and ru-kz) share them. Each word is its number in the <see cref="Vocabulary"/>.
/// </summary>
internal sealed record ArticleWords(
    int[] Title,
    IReadOnlyList<int[]> Tags,
    int[] Summary,
    IReadOnlyList<SectionWords> Sections)
{
    /// <summary>Tokenizes the fields of <paramref name="document"/>.</summary>
    public static ArticleWords Of(SearchDocument document) => Of(document.Title, document.Summary, document.Tags, document.Sections);

    /// <summary>Tokenizes an article's title, summary, tags and text sections.</summary>
    public static ArticleWords Of(string title, string? summary, IReadOnlyList<string> tags, IReadOnlyList<TextSection> sections) => new(
        Tokenizer.Numbers(title),
        tags.Select(tag => Tokenizer.Numbers(tag)).ToList(),
        Tokenizer.Numbers(summary),
        sections.Select(s =>
        {
            var (plain, quoted) = BodyWords(s.Text, s.Code);
            return new SectionWords(Tokenizer.Numbers(s.HeadingText), plain, quoted);
        }).ToList());

    /// <summary>
    /// The words of a section's text outside quotations and code, and those inside (they weigh less in the index:
    /// an article does not win on the example searches it quotes).
    /// </summary>
    internal static (int[] Plain, int[] Quoted) BodyWords(string text, string code)
    {
        var buffers = t_buffers ??= new Buffers();
        buffers.Clear();
        Tokenizer.AddWords(code, buffers.Run);
        foreach (var word in buffers.Run)
        {
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(buffers.InCode, word, out _);
            count++;
        }

        QuotedText.AddRuns(text, buffers.Runs);
        foreach (var run in buffers.Runs)
        {
            buffers.Run.Clear();
            Tokenizer.AddWords(text.AsSpan(run.Start, run.Length), buffers.Run);
            foreach (var word in buffers.Run)
            {
                var inCode = false;
                if (buffers.InCode.Count > 0)
                {
                    ref var codeLeft = ref CollectionsMarshal.GetValueRefOrNullRef(buffers.InCode, word);
                    if (!Unsafe.IsNullRef(ref codeLeft) && codeLeft > 0)
                    {
                        codeLeft--;
                        inCode = true;
                    }
                }

                (run.Quoted || inCode ? buffers.Quoted : buffers.Plain).Add(word);
            }
        }

        var words = (buffers.Plain.Count == 0 ? [] : buffers.Plain.ToArray(), buffers.Quoted.Count == 0 ? [] : buffers.Quoted.ToArray());
        if (buffers.Plain.Capacity > 1 << 16) t_buffers = null;
        return words;
    }

    /// <summary>
    /// The lists and counts of the section being split on this thread (reused: only the exact-size copies of its words
    /// are kept).
    /// </summary>
    [ThreadStatic]
    private static Buffers? t_buffers;

    private sealed class Buffers
    {
        public readonly List<int> Plain = new(4096);
        public readonly List<int> Quoted = [];
        public readonly List<int> Run = [];
        public readonly List<QuotedText.Run> Runs = [];

        /// <summary>How many times each word of the section's code is still to be met in its text.</summary>
        public readonly Dictionary<int, int> InCode = [];

        public void Clear()
        {
            Plain.Clear();
            Quoted.Clear();
            Run.Clear();
            Runs.Clear();
            InCode.Clear();
        }
    }

    /// <summary>Every list of words, field by field (title, tags, summary, then each section's heading, body and quoted words).</summary>
    public IEnumerable<int[]> Lists()
    {
        yield return Title;
        foreach (var tag in Tags)
        {
            yield return tag;
        }

        yield return Summary;
        foreach (var section in Sections)
        {
            yield return section.Heading;
            yield return section.Plain;
            yield return section.Quoted;
        }
    }

    /// <summary>Every word, field by field (the words of <see cref="Lists"/>).</summary>
    public IEnumerable<string> All() => Lists().SelectMany(list => list).Select(Vocabulary.Word);
}

/// <summary>The words of one text section: its heading, its body outside quotations and code, and inside them.</summary>
internal sealed record SectionWords(int[] Heading, int[] Plain, int[] Quoted);
