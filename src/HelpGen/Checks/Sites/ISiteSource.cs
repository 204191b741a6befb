using HelpGen.Output;

namespace HelpGen.Checks.Sites;

/// <summary>The files of a site to check, from memory or from disk; pages are opened one at a time so memory stays flat.</summary>
internal interface ISiteSource
{
    /// <summary>HTML pages, paths relative to the site root with '/', in ordinal order.</summary>
    IReadOnlyList<string> Pages { get; }

    bool Exists(string path);

    byte[] ReadPage(string path);

    PageOrigin? OriginOf(string path);

    /// <summary>The page's HTML file as shown to the user (problems there get its line and column), or null for a site in memory.</summary>
    string? DisplayPathOf(string path);
}
