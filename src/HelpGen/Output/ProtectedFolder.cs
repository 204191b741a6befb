namespace HelpGen.Output;

/// <summary>A folder an output must never replace: the source, the theme, the repository, the home folder.</summary>
/// <param name="Path">The folder as given.</param>
/// <param name="Role">What it is, for the message ("source folder").</param>
/// <param name="OutputMayBeInside">True for folders that may hold the output (a repository holds _site/), false for source and theme.</param>
public sealed record ProtectedFolder(string Path, string Role, bool OutputMayBeInside);
