using HelpGen.Content;
using HelpGen.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HelpGen.Markdown;

/// <summary>
/// Keeps one pathological article from failing the whole build: when a body nests lists, block quotes, emphasis or
/// links more than <see cref="MaxNesting"/> levels deep (or Markdig refuses it) the article gets one HG1021 at its file,
/// its body is left empty, and every other page still builds.
/// </summary>
public static class MarkdownGuard
{
    /// <summary>The deepest nesting an article may have, below Markdig's own limit; documented in docs/authoring.md.</summary>
    public const int MaxNesting = 100;

    public static ParsedArticle Parse(Func<SourceArticle, ParsedArticle> parse, SourceArticle source, DiagnosticBag diagnostics)
    {
        string problem;
        try
        {
            var parsed = parse(source);
            if (!IsDeeperThan(parsed.Document, MaxNesting)) return parsed;
            problem = $"the article nests more than {MaxNesting} levels deep";
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or InsufficientExecutionStackException)
        {
            problem = $"the article's Markdown cannot be parsed ({ex.Message})";
        }
        catch (ContentChangedException)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, "the file changed or vanished while the site was being built: build again", source.DisplayPath);
            return MarkdownParser.Parse(source with { Body = MarkdownBody.InMemory(string.Empty) });
        }

        diagnostics.Error(
            DiagnosticCodes.MarkdownTooComplex,
            $"{problem}: lists, block quotes, emphasis and links may nest at most {MaxNesting} levels, so its body is left out",
            source.DisplayPath,
            source.BodyLine);
        return MarkdownParser.Parse(source with { Body = MarkdownBody.InMemory(string.Empty) });
    }

    /// <summary>
    /// Walks the tree without recursion, so the check itself cannot overflow the stack; children are reached by index
    /// and sibling links (no enumerators), with a stack reused by the thread.
    /// </summary>
    private static bool IsDeeperThan(MarkdownDocument document, int limit)
    {
        var pending = t_pending ??= new Stack<(MarkdownObject Node, int Depth)>();
        pending.Clear();
        pending.Push((document, 0));
        try
        {
            while (pending.Count > 0)
            {
                var (node, depth) = pending.Pop();
                if (depth > limit) return true;
                switch (node)
                {
                    case ContainerBlock container:
                        for (var i = 0; i < container.Count; i++) pending.Push((container[i], depth + 1));
                        break;
                    case LeafBlock { Inline: { } inline }:
                        pending.Push((inline, depth + 1));
                        break;
                    case ContainerInline inlines:
                        for (var child = inlines.FirstChild; child is not null; child = child.NextSibling) pending.Push((child, depth + 1));
                        break;
                }
            }

            return false;
        }
        finally
        {
            pending.Clear();
            if (pending.EnsureCapacity(0) > 1 << 16) t_pending = null;
        }
    }

    [ThreadStatic]
    private static Stack<(MarkdownObject Node, int Depth)>? t_pending;
}
