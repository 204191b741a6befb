using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HelpGen.Checks.Reporting;

/// <summary>Writes indented JSON to a <see cref="TextWriter"/> with '\n' line ends and readable non-ASCII text (Cyrillic stays Cyrillic).</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter writer, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        writer.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        writer.Write('\n');
    }

    public static void WriteStringOrNull(this Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
