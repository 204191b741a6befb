using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HelpGen.Output;

namespace HelpGen.Search;

/// <summary>
/// Writes one index file under <c>&lt;locale&gt;/search/</c>: plain JSON, or the same JSON wrapped in
/// <c>window.HelpGenSearch.register("&lt;locale&gt;", "&lt;name&gt;", …);</c> for the offline bundle.
/// Non-ASCII text is kept as UTF-8 (no \u escapes) to keep Cyrillic small.
/// </summary>
internal sealed class IndexFileWriter(string localeCode, SearchIndexFormat format)
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public OutputFile Write(string name, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        if (format == SearchIndexFormat.Script)
        {
            WriteAscii(stream, $"window.HelpGenSearch.register({Quote(localeCode)},{Quote(name)},");
        }

        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            body(writer);
        }

        if (format == SearchIndexFormat.Script)
        {
            WriteAscii(stream, ");\n");
        }

        var extension = format == SearchIndexFormat.Script ? ".js" : ".json";
        return new OutputFile($"{localeCode}/search/{name}{extension}", stream.ToArray());
    }

    private static string Quote(string value) => JsonSerializer.Serialize(value);

    private static void WriteAscii(Stream stream, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        stream.Write(bytes, 0, bytes.Length);
    }
}
