using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HelpGen.Output;

namespace HelpGen.Search;

/// <summary>
/// Writes one index file under <c>&lt;locale&gt;/search/</c>: plain JSON, or the same JSON wrapped in
/// <c>window.HelpGenSearch.register("&lt;locale&gt;", "&lt;name&gt;", …);</c> for the offline bundle.
/// Non-ASCII text is kept as UTF-8 (no \u escapes) to keep Cyrillic small. Every file but the manifest gets a
/// content hash in its name (<c>t0.3f9a1c2e.json</c>); the manifest lists those names. Each file goes to the sink
/// straight from a buffer reused by the thread.
/// </summary>
internal sealed class IndexFileWriter(string localeCode, SearchIndexFormat format, ISiteSink sink)
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>A buffer per thread, reused for every file it writes (index files are written by the thousand).</summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    /// <summary>Writes one file to the sink; returns its path (with the content hash).</summary>
    public string Write(string name, Action<Utf8JsonWriter> body)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        buffer.ResetWrittenCount();
        if (format == SearchIndexFormat.Script)
        {
            WriteAscii(buffer, $"window.HelpGenSearch.register({Quote(localeCode)},{Quote(name)},");
        }

        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            body(writer);
        }

        if (format == SearchIndexFormat.Script)
        {
            WriteAscii(buffer, ");\n");
        }

        var extension = format == SearchIndexFormat.Script ? ".js" : ".json";
        var content = buffer.WrittenSpan;
        var path = $"{localeCode}/search/{name}{extension}";
        if (name != ManifestName) path = Fingerprint.Apply(path, content);
        sink.Add(path, content);
        return path;
    }

    public const string ManifestName = "manifest";

    /// <summary>
    /// The logical name of an index file (<c>t0</c>) and its published name without extension (<c>t0.3f9a1c2e</c>); for
    /// a file without a fingerprint (the manifest, the script page) both are the name without extension.
    /// </summary>
    public static (string Name, string FileName) NamesOf(string path)
    {
        var fileName = path[(path.LastIndexOf('/') + 1)..];
        var withoutExtension = fileName[..fileName.LastIndexOf('.')];
        var dot = withoutExtension.IndexOf('.');
        return (dot < 0 ? withoutExtension : withoutExtension[..dot], withoutExtension);
    }

    private static string Quote(string value) => $"\"{JsonEncodedText.Encode(value)}\"";

    private static void WriteAscii(ArrayBufferWriter<byte> buffer, string text) => buffer.Write(Encoding.UTF8.GetBytes(text));
}
