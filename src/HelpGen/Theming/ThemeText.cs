using System.Text;
using HelpGen.Diagnostics;

namespace HelpGen.Theming;

/// <summary>Decodes theme text files as strict UTF-8 (a byte order mark is allowed and dropped).</summary>
internal static class ThemeText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(byte[] bytes, string displayPath, List<Diagnostic> problems)
    {
        try
        {
            var text = Strict.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            problems.Add(new Diagnostic(Severity.Error, DiagnosticCodes.ThemeInvalid, "the theme file is not valid UTF-8", displayPath));
            return null;
        }
    }
}
