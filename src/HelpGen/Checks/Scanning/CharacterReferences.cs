using System.Globalization;
using System.Text;

namespace HelpGen.Checks.Scanning;

/// <summary>The character references of attribute values that <see cref="WellFormedPageReader"/> decodes itself.</summary>
internal static class CharacterReferences
{
    /// <summary>
    /// Decodes the character references of an attribute value: the five of XML (<c>&amp;amp;</c>, <c>&amp;lt;</c>,
    /// <c>&amp;gt;</c>, <c>&amp;quot;</c>, <c>&amp;apos;</c>) and numeric ones of ordinary characters; an ampersand
    /// followed by neither a letter, a digit nor <c>#</c> stays as it is. Null for anything else (other named
    /// references follow longest-match and legacy rules this reader leaves to AngleSharp).
    /// </summary>
    public static string? Decode(ReadOnlySpan<char> value)
    {
        var text = new StringBuilder(value.Length);
        while (true)
        {
            var amp = value.IndexOf('&');
            if (amp < 0)
            {
                return text.Append(value).ToString();
            }

            text.Append(value[..amp]);
            value = value[(amp + 1)..];
            if (value.IsEmpty || !(char.IsAsciiLetterOrDigit(value[0]) || value[0] == '#'))
            {
                text.Append('&');
                continue;
            }

            var semicolon = value.IndexOf(';');
            if (semicolon < 0 || !TryDecode(value[..semicolon], out var decoded))
            {
                return null;
            }

            text.Append(decoded);
            value = value[(semicolon + 1)..];
        }
    }

    private static bool TryDecode(ReadOnlySpan<char> name, out string decoded)
    {
        decoded = name switch
        {
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            "apos" => "'",
            _ => string.Empty,
        };
        if (decoded.Length > 0 || name.Length < 2 || name.Length > 8 || name[0] != '#')
        {
            return decoded.Length > 0;
        }

        var hex = name[1] is 'x' or 'X';
        var digits = name[(hex ? 2 : 1)..];
        if (!int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            || !IsOrdinaryCharacter(code))
        {
            return false;
        }

        decoded = char.ConvertFromUtf32(code);
        return true;
    }

    /// <summary>A code point a numeric reference stands for as written (no replacement, no Windows-1252 mapping, no noncharacter).</summary>
    private static bool IsOrdinaryCharacter(int code) =>
        code is '\t' or '\n' or '\f' or (>= 0x20 and < 0x7F) or (>= 0xA0 and < 0xD800) or (>= 0xE000 and < 0xFDD0) or (> 0xFDEF and <= 0x10FFFF)
        && (code & 0xFFFE) != 0xFFFE;
}
