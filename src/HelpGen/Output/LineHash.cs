using System.Security.Cryptography;
using System.Text;

namespace HelpGen.Output;

/// <summary>The SHA-256 (hex) of lines of text, each ended by a line feed: the form every build-cache key takes.</summary>
public static class LineHash
{
    public static string Of(IEnumerable<string> lines)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var line in lines) hash.AppendData(Encoding.UTF8.GetBytes(line + "\n"));
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
