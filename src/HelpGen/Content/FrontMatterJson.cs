using System.Text.Json.Serialization;

namespace HelpGen.Content;

/// <summary>
/// <see cref="FrontMatter"/> as JSON (the front-matter cache, the rebuild fingerprint), serialized by generated code
/// rather than reflection, so the Native AOT build reads and writes it the same way.
/// </summary>
[JsonSerializable(typeof(FrontMatter))]
internal sealed partial class FrontMatterJson : JsonSerializerContext;
