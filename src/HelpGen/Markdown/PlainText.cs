using System.Runtime.CompilerServices;
using System.Text;
using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HelpGen.Markdown;

/// <summary>Extracts readable text from a Markdig document: for headings, the table of contents and search.</summary>
public static class PlainText
{
    /// <summary>The text of inline content (literals, code, link texts), without markup.</summary>
    public static string Of(ContainerInline? inline)
    {
        var text = ThreadBuffers.Text();
        Append(inline, text);
        return text.ToString().Trim();
    }

    /// <summary>The document's text split at every heading: one section before the first heading, then one per heading.</summary>
    public static IReadOnlyList<TextSection> Sections(MarkdownDocument document)
    {
        var sections = new List<TextSection>();
        string? id = null, title = null;
        var text = ThreadBuffers.Section();
        var code = ThreadBuffers.Code();
        foreach (var node in MarkdownWalk.Descendants(document))
        {
            if (node is not LeafBlock leaf) continue;
            if (leaf is HeadingBlock heading)
            {
                AddSection(sections, id, title, text, code);
                id = heading.TryGetAttributes()?.Id;
                title = Of(heading.Inline);
                continue;
            }

            if (leaf.Inline is not null) Append(leaf.Inline, text, code);
            else if (leaf is CodeBlock block) AppendCode(block.Lines, text, code);
            text.Append(' ');
        }

        AddSection(sections, id, title, text, code);
        return sections;
    }

    private static void AddSection(List<TextSection> sections, string? id, string? title, StringBuilder text, StringBuilder code)
    {
        var body = Collapse(text);
        if (body.Length > 0 || title is not null) sections.Add(new TextSection(id, title, body, Collapse(code)));
        text.Clear();
        code.Clear();
    }

    private static void AppendCode(string content, StringBuilder text, StringBuilder? code)
    {
        text.Append(content);
        code?.Append(content).Append(' ');
    }

    /// <summary>A code block's lines, joined by line feeds as <c>StringLineGroup.ToString</c> joins them, without that string.</summary>
    private static void AppendCode(StringLineGroup lines, StringBuilder text, StringBuilder code)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines.Lines[i].Slice.AsSpan();
            if (i > 0)
            {
                text.Append('\n');
                code.Append('\n');
            }

            text.Append(line);
            code.Append(line);
        }

        code.Append(' ');
    }

    private static void Append(Inline? inline, StringBuilder text, StringBuilder? code = null)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline span:
                AppendCode(span.Content, text, code);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling) Append(child, text, code);
                break;
        }
    }

    /// <summary>The words of <paramref name="text"/> separated by single spaces (what splitting at white space and joining gives), in one pass.</summary>
    private static string Collapse(StringBuilder text)
    {
        // One loop over the characters into the thread's buffer (never longer than the text), instead of a call per word.
        var buffer = ThreadBuffers.Chars(text.Length);
        var length = 0;
        var pendingSpace = false;
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (IsWhiteSpace(c))
                {
                    pendingSpace = length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    buffer[length++] = ' ';
                    pendingSpace = false;
                }

                buffer[length++] = c;
            }
        }

        return new string(buffer, 0, length);
    }

    /// <summary>
    /// <see cref="char.IsWhiteSpace(char)"/>, answered at once for printable ASCII and for the letters after Latin-1 up to
    /// the Ogham space mark (Greek, Cyrillic, Armenian, Hebrew, Arabic, …: no white space there), where .NET would look
    /// the character's category up (also used by the search index's text blocks).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsWhiteSpace(char c) => (c <= ' ' || c >= '\u007f') && (c <= '\u00ff' || c >= '\u1680') && char.IsWhiteSpace(c);
}
