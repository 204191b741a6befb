using System.Text;
using AngleSharp.Html.Parser;
using HelpGen.Checks.Scanning;
using HelpGen.Html;

namespace HelpGen.Tests.Checks;

public sealed class PageScannerTests
{
    /// <summary>One element for every case of the link rule, with attributes the rule does not read around them.</summary>
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en"><head>
        <meta charset="utf-8"><meta http-equiv="refresh" content="5; url=../moved/">
        <link rel="stylesheet" href="../style.css" media="all"><link rel="preconnect" href="https://cdn.example">
        <link rel="alternate" hreflang="de" href="../de/"><base target="_self">
        <script src="../app.js" defer></script><style>.a { color: red }</style>
        </head><body>
        <!-- a comment with <a href="not-a-link"> inside -->
        <a href="../a/" class="x" title="A">A</a><a name="top" id="top-id">Top</a>
        <map name="m"><area href="../area/" alt="x" shape="rect"></map>
        <img src="../i.png" srcset="../i2.png 2x, ../i3.png 3x" usemap="#m" alt="i" width="10">
        <picture><source srcset="../p.webp" type="image/webp"><source src="../p.png"></picture>
        <iframe src="../frame/" loading="lazy"></iframe><embed src="../e.swf" type="x">
        <audio src="../a.mp3" controls><track src="../t.vtt" kind="captions"></audio>
        <video src="../v.mp4" poster="../poster.png" muted></video>
        <input type="image" src="../button.png" alt="go"><input type="text" src="../not-read.png">
        <object data="../doc.pdf" type="application/pdf"></object>
        <svg><use href="#icon"></use><use xlink:href="../sprite.svg#x"></use></svg>
        <template><a href="../inside-template/" data-x="1">T</a></template>
        <textarea><a href="not-a-link-either"></textarea>
        </body></html>
        """;

    [Fact]
    public void Scan_FindsTheLinksAndIdsOfAFullParse()
    {
        var full = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(Page);
        var expected = new List<HtmlLink>();
        foreach (var element in full.All.Concat(full.QuerySelectorAll("template").SelectMany(t => ((AngleSharp.Html.Dom.IHtmlTemplateElement)t).Content.QuerySelectorAll("*"))))
        {
            HtmlLinkReader.Read(element, expected);
        }

        var scanned = new PageScanner().Scan(Encoding.UTF8.GetBytes(Page));

        Assert.True(expected.Count >= 20, $"only {expected.Count} links in the sample");
        Assert.Equal(expected, scanned.Links);
        Assert.Contains("top-id", scanned.Ids);
        Assert.Contains("top", scanned.Ids);
        Assert.Contains("m", scanned.MapNames);
        Assert.DoesNotContain(scanned.Links, l => l.Href.StartsWith("not-a-link", StringComparison.Ordinal) || l.Href.Contains("not-read", StringComparison.Ordinal));
    }
}
