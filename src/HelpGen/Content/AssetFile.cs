using HelpGen.Diagnostics;

namespace HelpGen.Content;

/// <summary>A file under <c>articles/assets/</c>, copied to the site as it is.</summary>
/// <param name="SitePath">Path in the output, e.g. <c>assets/images/map.png</c>.</param>
public sealed record AssetFile(string SitePath, string FullPath)
{
    /// <summary>The file's bytes, or null with an HG1017 when it cannot be read (permissions, I/O error).</summary>
    public byte[]? TryRead(DiagnosticBag diagnostics, DisplayPaths display)
    {
        try
        {
            return File.ReadAllBytes(FullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, $"cannot read the file: {ex.Message}", display.For(FullPath));
            return null;
        }
    }
}
