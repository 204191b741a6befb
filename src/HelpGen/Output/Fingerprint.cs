using System.Security.Cryptography;

namespace HelpGen.Output;

/// <summary>
/// Content hashes in file names (<c>theme/style.3f9a1c2e.css</c>), so a host can let browsers cache the file
/// forever: new content means a new name. The hash is the first 8 hex digits of the content's SHA-256.
/// </summary>
public static class Fingerprint
{
    public const int Length = 8;

    public static string Hash(ReadOnlySpan<byte> content) =>
        Convert.ToHexStringLower(SHA256.HashData(content))[..Length];

    /// <summary>The path with the content hash before the extension: <c>a/b.css</c> → <c>a/b.3f9a1c2e.css</c>.</summary>
    public static string Apply(string path, ReadOnlySpan<byte> content)
    {
        var slash = path.LastIndexOf('/');
        var dot = path.LastIndexOf('.');
        var hash = Hash(content);
        return dot > slash + 1 ? $"{path[..dot]}.{hash}{path[dot..]}" : $"{path}.{hash}";
    }
}
