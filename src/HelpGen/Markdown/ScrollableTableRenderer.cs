using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace HelpGen.Markdown;

/// <summary>
/// Renders a table inside <c>&lt;div class="table-scroll" role="region" tabindex="0"&gt;</c>, so a table wider than
/// the screen scrolls inside its own box and keyboard users can focus and scroll it (axe: scrollable-region-focusable).
/// </summary>
internal sealed class ScrollableTableRenderer(HtmlTableRenderer inner, string label) : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        renderer.Write("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"").WriteEscape(label).Write("\">\n");
        inner.Write(renderer, table);
        renderer.Write("</div>\n");
    }
}
