namespace HelpGen.Output;

/// <summary>A whole built site in memory, files ordered by path. Written by <c>SiteWriter</c>, served, checked or zipped.</summary>
public sealed class SiteOutput
{
    private readonly Dictionary<string, OutputFile> _byPath;

    public SiteOutput(IEnumerable<OutputFile> files)
    {
        Files = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        _byPath = Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
    }

    public IReadOnlyList<OutputFile> Files { get; }

    public OutputFile? Find(string path) => _byPath.GetValueOrDefault(path);
}
