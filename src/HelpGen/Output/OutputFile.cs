namespace HelpGen.Output;

/// <summary>One file of the built site. <see cref="Path"/> is relative to the site root, with '/'.</summary>
public sealed record OutputFile(string Path, byte[] Content, PageOrigin? Origin = null)
{
    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);
}
