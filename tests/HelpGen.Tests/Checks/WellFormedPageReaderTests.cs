using System.Text;
using HelpGen.Building;
using HelpGen.Checks.Scanning;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Checks;

/// <summary>
/// The link check's fast reader against AngleSharp, the reference: on every page it reads, it must find exactly the
/// links, ids, names and positions of AngleSharp's parse, and it must give up wherever the HTML tree differs from the
/// written tags.
/// </summary>
public sealed class WellFormedPageReaderTests
{
    [Theory]
    [InlineData("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>a <b> title</title>\n<link rel=\"stylesheet\" href=\"/s.css\"><base href=\"/docs/\"></head>\n<body id=\"top\"><p>x</p></body></html>\n")]
    [InlineData("<div><a href=\"a.html\" id=\"one\">1</a><a name=\"n\" id=\"n2\">2</a><a name=\"one\"></a></div><div id=\"one\"></div>")]
    [InlineData("<A HREF='Upper.html' ID=Up>x</A><IMG SRC=i.png SrcSet=\"a.png 1x, b.png 2x\"><br/><hr>")]
    [InlineData("<a href=\"?a=1&amp;b=2&#38;c=&#x33;&lt;&gt;&quot;&apos;\">x</a><a href=\"a & b\">y</a><a href=\"&\">z</a>")]
    [InlineData("<a href=\"first\" href=\"second\" id=x id=y>x</a><a href=\"q\"title=\"no space\"/>")]
    [InlineData("<a\nhref\n=\n\"spread.html\"\n>x</a><a href=unquoted.html>y</a><a href=\"\">empty</a><a href>none</a>")]
    [InlineData("<p>😀 é\t<span id=\"s\">x</span></p>\n\n   <img src=\"after-lines.png\">")]
    [InlineData("<!-- <a href=\"in-comment\"> --><!----><!-- - -- --><a href=\"after\">x</a>")]
    [InlineData("<script>if (a<b && c>d) { document.write('<a href=\"no\">'); } </scriptx></script ><a href=\"yes\">x</a>")]
    [InlineData("<style>a[href=\"x\"] { }</style><textarea><a href=\"no\"></textarea><title></TITLE><a href=\"yes\">x</a>")]
    [InlineData("<script src=\"a.js\"></script><iframe src=\"f.html\"><a href=no></iframe><noscript><a href=\"ns.html\">x</a></noscript>")]
    [InlineData("<table><caption><a href=\"c\">c</a></caption><colgroup><col></colgroup><thead><tr><th id=h>h</th></tr></thead><tbody><tr><td><a href=\"t\">t</a></td></tr></tbody></table>")]
    [InlineData("<table><tr><td>implied tbody</td></tr></table><ul><li><ul><li id=inner>x</li></ul></li></ul><dl><dt>t</dt><dd>d</dd></dl>")]
    [InlineData("<svg viewBox=\"0 0 1 1\"><circle r=\"1\"/><path id=\"p\" d=\"M0\"></path><use href=\"#p\"/><a href=\"svg-a.html\"><text>t</text></a></svg><svg/>")]
    [InlineData("<math><mrow id=\"m\"><msup></msup></mrow></math><p>after</p>")]
    [InlineData("<template><a href=\"t1\">x</a><template><img src=\"t2\"></template></template><a href=\"after\">y</a>")]
    [InlineData("<map name=\"Map\" id=\"mid\"><area href=\"area.html\"></map><img src=\"m.png\" usemap=\"#map\"><object data=\"d.pdf\"></object>")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0; url=moved.html\"><video src=\"v.mp4\" poster=\"p.png\"><track src=\"t.vtt\"></video><input type=\"IMAGE\" src=\"b.png\">")]
    [InlineData("<html><head></head>\n<body id=b></body>\n</html>\n<!-- after -->")]
    [InlineData("text first <div id=d>then a tag</div><h1>h</h1><h2><span>s</span></h2><form><button>b</button></form>")]
    public void ReadsAWellFormedPageAsAngleSharpDoes(string html)
    {
        var (read, fast, reference) = ReadBoth(html);

        Assert.True(read, "the reader gave up on a well-formed page");
        Assert.Null(Difference(fast, reference));
        Assert.NotEmpty(reference.Links.Count > 0 ? reference.Links.Cast<object>() : reference.Ids);
    }

    [Theory]
    [InlineData("<p><div id=\"in-p\"></div></p>")] // <div> closes the <p>
    [InlineData("<p><a href=\"x\">t</p>more</a>")] // the <a> is cloned for "more"
    [InlineData("<a href=\"1\"><a href=\"2\">x</a></a>")] // a nested <a> closes the first
    [InlineData("<table><a href=\"fostered\">x</a><tr><td>t</td></tr></table>")] // moved before the table
    [InlineData("<table><td>t</td><div>x</div></table>")]
    [InlineData("<select><a href=\"dropped\">x</a></select>")]
    [InlineData("<ul><li>one<li>two</ul>")] // an end tag left out
    [InlineData("<div><span></div></span>")]
    [InlineData("<a href=\"1\"/><a href=\"2\">x</a>")] // a self-closing <a> stays open
    [InlineData("<td>outside a table</td>")]
    [InlineData("<body><body id=\"merged\">x</body></body>")]
    [InlineData("<div>x</div><head><link href=\"late\"></head>")]
    [InlineData("<html><head><div>x</div></head></html>")]
    [InlineData("text<html id=\"merged\"><p>x</p></html>")] // the implied <html>'s attributes are merged
    [InlineData("<html>text<head id=\"ignored\"></head></html>")] // a <head> inside the implied body is dropped
    [InlineData("</body><a href=\"after-body\">x</a>")]
    [InlineData("<a href=\"&copy=1\">x</a>")] // legacy named references
    [InlineData("<a href=\"a&b=1\">x</a>")]
    [InlineData("<a href=\"&#128;\">x</a>")] // Windows-1252 mapping
    [InlineData("<image src=\"becomes-img.png\">")]
    [InlineData("<svg><p id=\"leaves-svg\">x</p></svg>")]
    [InlineData("<svg><a xlink:href=\"x.html\">x</a></svg>")]
    [InlineData("<svg><![CDATA[ <a href=\"no\"> ]]></svg>")]
    [InlineData("<svg><foreignObject><div>x</div></foreignObject></svg>")]
    [InlineData("<a href=\"x\">\r\n</a>")]
    [InlineData("<a href=\"x\">\0</a>")]
    [InlineData("<?xml version=\"1.0\"?><a href=\"x\">x</a>")]
    [InlineData("<!bogus><a href=\"x\">x</a>")]
    [InlineData("</ ><a href=\"x\">x</a>")]
    [InlineData("<!--><a href=\"x\">x</a>-->")]
    [InlineData("<!-- a --!><a href=\"x\">x</a> -->")]
    [InlineData("<script><!-- <script></script> --></script><a href=\"x\">x</a>")]
    [InlineData("<a href=\"x\" =y>x</a>")]
    [InlineData("<a href=x\"y>x</a>")]
    [InlineData("<a href=\"unterminated>x</a>")]
    [InlineData("<h1><h2>x</h2></h1>")]
    [InlineData("<form><form id=\"ignored\"></form></form>")]
    [InlineData("<p><table><tr><td>quirks</td></tr></table></p>")]
    [InlineData("<ruby>a<rt>b</rt></ruby>")]
    public void GivesUpWhereTheTreeIsNotTheWrittenTags(string html)
    {
        var (read, _, _) = ReadBoth(html);

        Assert.False(read);
        var scanner = new PageScanner();
        Assert.Null(Difference(scanner.Scan(Encoding.UTF8.GetBytes(html)), scanner.ScanWithAngleSharp(html)));
        Assert.Equal((0, 1), (scanner.FastPages, scanner.ParsedPages));
    }

    [Fact]
    public void RandomPages_TheReaderReads_AreReadAsAngleSharpReadsThem()
    {
        var random = new Random(20261207);
        var (read, gaveUp) = (0, 0);
        for (var i = 0; i < 3000; i++)
        {
            var html = RandomPage(random, mistakes: i % 3);
            var (fastRead, fast, reference) = ReadBoth(html);
            if (!fastRead)
            {
                gaveUp++;
                continue;
            }

            read++;
            var difference = Difference(fast, reference);
            Assert.True(difference is null, $"{difference}\n{html}");
        }

        Assert.True(read > 500 && gaveUp > 500, $"read {read}, gave up on {gaveUp}: the sample no longer tests both sides");
    }

    [Fact]
    public void EveryPageOfTheDefaultTheme_IsReadFast_AndAsAngleSharpReadsIt()
    {
        var site = new SiteBuilder().Build(new BuildOptions(RepoRoot.Articles, RepoRoot.DefaultTheme)).Output!;
        var pages = site.Files.Where(f => f.IsHtml).ToList();

        var scanner = new PageScanner();
        foreach (var page in pages)
        {
            var content = scanner.Scan(page.Content);
            Assert.Null(Difference(content, scanner.ScanWithAngleSharp(PageEncoding.DecodeUtf8(page.Content))));
        }

        Assert.True(pages.Count > 100);
        Assert.Equal(pages.Count, scanner.FastPages);
    }

    private static (bool Read, PageContent Fast, PageContent Reference) ReadBoth(string html)
    {
        var walk = new PageWalk();
        var read = new WellFormedPageReader().TryRead(html, walk);
        return (read, walk.ToContent(), new PageScanner().ScanWithAngleSharp(html));
    }

    /// <summary>
    /// The first difference between two readings of a page, or null when they are the same. AngleSharp keeps lines and
    /// columns in 16 bits (they wrap past 65,535); the reader's true positions are compared modulo that.
    /// </summary>
    internal static string? Difference(PageContent actual, PageContent expected)
    {
        if (!actual.Ids.SetEquals(expected.Ids))
        {
            return $"ids: {string.Join(' ', actual.Ids.Order())} against {string.Join(' ', expected.Ids.Order())}";
        }

        if (!actual.MapNames.SetEquals(expected.MapNames) || actual.BaseHref != expected.BaseHref)
        {
            return $"map names or base: {actual.BaseHref} against {expected.BaseHref}";
        }

        foreach (var (name, a, b) in new[] { ("duplicates", actual.DuplicateIds, expected.DuplicateIds), ("clashes", actual.NameClashes, expected.NameClashes) })
        {
            if (!a.Select(m => m with { Line = m.Line % 65536, Column = m.Column % 65536 }).SequenceEqual(b))
            {
                return $"{name}: {string.Join(' ', a)} against {string.Join(' ', b)}";
            }
        }

        for (var i = 0; i < Math.Max(actual.Links.Count, expected.Links.Count); i++)
        {
            var a = i < actual.Links.Count ? actual.Links[i] with { Line = actual.Links[i].Line % 65536, Column = actual.Links[i].Column % 65536 } : null;
            var b = i < expected.Links.Count ? expected.Links[i] : null;
            if (a != b)
            {
                return $"link {i}: {a} against {b}";
            }
        }

        return null;
    }

    private static readonly string[] Names =
    [
        "a", "a", "div", "p", "span", "b", "i", "ul", "li", "table", "tbody", "tr", "td", "svg", "path", "use", "template",
        "select", "option", "h1", "h2", "form", "button", "img", "br", "input", "script", "style", "title", "textarea",
        "head", "body", "math", "image", "caption", "colgroup", "col", "dd", "dt", "map", "area", "base", "link", "meta",
        "iframe", "noscript", "font", "foreignObject", "section", "nav", "em", "DIV", "A",
    ];

    /// <summary>Names whose nesting alone never changes the tree (most of a well-formed page's tags).</summary>
    private static readonly string[] WellFormedNames = ["div", "span", "em", "section", "img", "br", "use", "map", "area", "iframe", "script", "nav", "b"];

    /// <summary>Attribute values; the last four are character references the reader leaves to AngleSharp.</summary>
    private static readonly string[] Values =
    [
        "x", "y", "page.html", "../up/", "#frag", "a&amp;b", "&#38;", "&#x41;", "&lt;&gt;", "two words",
        "0; url=moved.html", "image", "stylesheet", "1.png 1x, 2.png 2x", "", "&copy", "q&b=1", "&#128;", "&#0;",
    ];

    private static readonly HashSet<string> Void = ["img", "br", "input", "area", "col", "base", "link", "meta"];

    /// <summary>Attribute names; the last is one the reader leaves to AngleSharp.</summary>
    private static readonly string[] Attributes = ["id", "id", "name", "href", "href", "src", "srcset", "class", "rel", "type", "http-equiv", "content", "usemap", "ID", "xlink:href"];

    /// <summary>A page of random tags, text and comments; <paramref name="mistakes"/> 0 closes every tag in order.</summary>
    private static string RandomPage(Random random, int mistakes)
    {
        var html = new StringBuilder(random.Next(3) == 0 ? "<!DOCTYPE html>\n" : string.Empty);
        var open = new Stack<string>();
        for (var token = random.Next(5, 60); token > 0; token--)
        {
            var roll = random.Next(100);
            if (roll < 45)
            {
                var name = mistakes == 0 ? WellFormedNames[random.Next(WellFormedNames.Length)] : Names[random.Next(Names.Length)];
                html.Append('<').Append(name);
                for (var count = random.Next(4); count > 0; count--)
                {
                    html.Append(random.Next(8) == 0 ? "\n" : " ").Append(Attributes[random.Next(mistakes == 0 ? Attributes.Length - 1 : Attributes.Length)]);
                    var value = (mistakes == 0 ? Values[..^4] : Values)[random.Next(mistakes == 0 ? Values.Length - 4 : Values.Length)] + (random.Next(4) == 0 ? random.Next(30).ToString() : string.Empty);
                    html.Append(random.Next(4) switch
                    {
                        0 => $"='{value}'",
                        1 when value.Length > 0 && !value.Contains(' ') => $"={value}",
                        _ => $"=\"{value}\"",
                    });
                }

                var selfClosing = random.Next(6) == 0 && (mistakes > 0 || Void.Contains(name));
                html.Append(selfClosing ? "/>" : ">");
                if (mistakes > 0 || !(selfClosing || Void.Contains(name)))
                {
                    open.Push(name.ToLowerInvariant());
                }
            }
            else if (roll < 75 && open.Count > 0)
            {
                var name = mistakes > 1 && random.Next(4) == 0 ? Names[random.Next(Names.Length)].ToLowerInvariant() : open.Pop();
                html.Append("</").Append(name).Append('>');
            }
            else if (roll < 85)
            {
                html.Append(random.Next(3) switch { 0 => "text ", 1 => "\n  ", _ => "é😀 " });
            }
            else if (roll < 90)
            {
                html.Append("<!-- c <a href=\"no\"> -->");
            }
            else
            {
                html.Append(random.Next(2) == 0 ? "&amp; " : "< x ");
            }
        }

        while (mistakes == 0 && open.Count > 0)
        {
            html.Append("</").Append(open.Pop()).Append('>');
        }

        return html.ToString();
    }
}
