using System.Text;

namespace HelpGen.Checks.Scanning;

/// <summary>
/// Decides whether a page is UTF-8 (no BOM of another encoding, no other charset declared near the top) so it can be
/// decoded directly, which AngleSharp parses faster than a byte stream; other pages go through AngleSharp's own detection.
/// </summary>
internal static class PageEncoding
{
    private const int PrescanBytes = 1024;

    public static bool IsUtf8(byte[] html)
    {
        if (html.Length >= 2 && ((html[0] == 0xFE && html[1] == 0xFF) || (html[0] == 0xFF && html[1] == 0xFE)))
        {
            return false;
        }

        var head = Encoding.ASCII.GetString(html, 0, Math.Min(html.Length, PrescanBytes));
        var charset = head.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        if (charset < 0)
        {
            return true;
        }

        var value = head[(charset + "charset".Length)..].TrimStart(' ', '=', '"', '\'');
        return value.StartsWith("utf-8", StringComparison.OrdinalIgnoreCase) || value.StartsWith("utf8", StringComparison.OrdinalIgnoreCase);
    }

    public static string DecodeUtf8(byte[] html)
    {
        var skip = html.Length >= 3 && html[0] == 0xEF && html[1] == 0xBB && html[2] == 0xBF ? 3 : 0;
        return Encoding.UTF8.GetString(html, skip, html.Length - skip);
    }
}
