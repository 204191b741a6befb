using System.Net;
using System.Text;
using HelpGen.Diagnostics;

namespace HelpGen.Preview;

/// <summary>
/// What the preview adds to every HTML page it serves (never to built files): the error overlay, when there are
/// errors, and the live-reload script, both inserted before the last <c>&lt;/body&gt;</c>.
/// </summary>
public static class LiveReload
{
    public const string ScriptPath = "/__helpgen/live.js";
    public const string EventsPath = "/__helpgen/events";

    /// <summary>The page with the overlay and script inserted.</summary>
    /// <param name="sitePath">The site file served (e.g. <c>en-us/index.html</c>): the script reloads when it changes.</param>
    /// <param name="version">The preview version the page was served at.</param>
    public static byte[] Inject(byte[] html, string sitePath, string version, bool notFound, IReadOnlyList<Diagnostic> errors)
    {
        var text = Encoding.UTF8.GetString(html);
        var snippet = Overlay(errors)
            + $"<script src=\"{ScriptPath}\" data-helpgen-path=\"{WebUtility.HtmlEncode(sitePath)}\" data-helpgen-version=\"{WebUtility.HtmlEncode(version)}\" data-helpgen-notfound=\"{(notFound ? "true" : "false")}\"></script>\n";
        var body = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        text = body < 0 ? text + snippet : text.Insert(body, snippet);
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>The error overlay: every error with file, line, column, code and message, all HTML-escaped.</summary>
    public static string Overlay(IReadOnlyList<Diagnostic> errors)
    {
        if (errors.Count == 0) return string.Empty;
        var html = new StringBuilder();
        html.Append("<div id=\"helpgen-overlay\" role=\"alert\" style=\"position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;")
            .Append("margin:0;padding:1rem 1.5rem;background:#2b0d0d;color:#fff;font:14px/1.5 ui-monospace,monospace;border-top:4px solid #e5484d\">")
            .Append("<p style=\"margin:0 0 .5rem;font-weight:bold\">HelpGen: ").Append(errors.Count).Append(errors.Count == 1 ? " error" : " errors")
            .Append(" (showing the last good build; save a fix to reload)</p><ul style=\"margin:0;padding-left:1.2rem\">");
        foreach (var error in errors)
        {
            var location = error.File is null ? "helpgen" : $"{error.File}:{error.Line}:{error.Column}";
            html.Append("<li><span class=\"helpgen-location\">").Append(WebUtility.HtmlEncode(location)).Append("</span>: ")
                .Append(WebUtility.HtmlEncode(error.Code)).Append(": ").Append(WebUtility.HtmlEncode(error.Message)).Append("</li>");
        }

        return html.Append("</ul></div>\n").ToString();
    }

    /// <summary>The browser side: listens on <see cref="EventsPath"/>, reloads when its page changed, keeps the scroll position.</summary>
    public const string Script = """
        (function () {
          var me = document.currentScript;
          var path = me.getAttribute('data-helpgen-path');
          var version = me.getAttribute('data-helpgen-version');
          var notFound = me.getAttribute('data-helpgen-notfound') === 'true';
          var key = 'helpgen-scroll:' + location.pathname + location.search;
          var saved = sessionStorage.getItem(key);
          if (saved !== null) {
            sessionStorage.removeItem(key);
            var xy = saved.split(',');
            var restore = function () { window.scrollTo(Number(xy[0]), Number(xy[1])); };
            if (document.readyState === 'complete') restore(); else window.addEventListener('load', restore);
          }
          function reload() {
            sessionStorage.setItem(key, window.scrollX + ',' + window.scrollY);
            location.reload();
          }
          var events = new EventSource('/__helpgen/events');
          events.addEventListener('hello', function (e) { if (e.data !== version) reload(); });
          events.addEventListener('change', function (e) {
            var change = JSON.parse(e.data);
            if (change.all || notFound || change.paths.indexOf(path) >= 0) reload(); else version = change.version;
          });
        })();
        """;
}
