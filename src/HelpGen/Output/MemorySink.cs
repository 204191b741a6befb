using System.Collections.Concurrent;

namespace HelpGen.Output;

/// <summary>Keeps every file in memory, for the commands that need the whole site (check, bundle, serve).</summary>
public sealed class MemorySink : ISiteSink
{
    private readonly ConcurrentBag<OutputFile> _files = [];

    /// <summary>The files taken so far, in no particular order.</summary>
    public IReadOnlyCollection<OutputFile> Files => _files;

    public void Add(OutputFile file) => _files.Add(file);

    public void Copy(string sitePath, string sourceFile) => _files.Add(new OutputFile(sitePath, File.ReadAllBytes(sourceFile)));
}
