namespace HelpGen.Content;

/// <summary>An article file found in the source tree, before it is read: where it is and what its path says.</summary>
public sealed record ArticleFile(string FullPath, string Language, string Section, string Slug, string? Country);
