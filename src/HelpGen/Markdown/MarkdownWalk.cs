using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HelpGen.Markdown;

/// <summary>
/// The nodes of a Markdig tree in the order of Markdig's <c>Descendants()</c> (depth first, in document order; a leaf
/// block's own inline container is skipped, its inlines are not), collected without an iterator: into a list and a
/// stack the thread reuses, so walking 30,000 documents does not allocate a stack and an enumerator for each.
/// </summary>
internal static class MarkdownWalk
{
    /// <summary>
    /// The descendants of <paramref name="root"/>. The list is the thread's own: use it before the next call on the
    /// same thread.
    /// </summary>
    public static List<MarkdownObject> Descendants(MarkdownObject root)
    {
        var nodes = t_nodes ??= [];
        var pending = t_pending ??= new Stack<(MarkdownObject Node, bool Yield)>();
        if (nodes.Capacity > 1 << 16) nodes = t_nodes = [];
        nodes.Clear();
        pending.Clear();
        pending.Push((root, false));
        while (pending.Count > 0)
        {
            var (node, yield) = pending.Pop();
            if (yield) nodes.Add(node);
            switch (node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--)
                    {
                        var child = container[i];
                        if (child is LeafBlock { Inline: { } inline }) pending.Push((inline, false));
                        pending.Push((child, true));
                    }

                    break;
                case ContainerInline inlines:
                    for (var child = inlines.LastChild; child is not null; child = child.PreviousSibling) pending.Push((child, true));
                    break;
            }
        }

        return nodes;
    }

    [ThreadStatic]
    private static List<MarkdownObject>? t_nodes;

    [ThreadStatic]
    private static Stack<(MarkdownObject Node, bool Yield)>? t_pending;
}
