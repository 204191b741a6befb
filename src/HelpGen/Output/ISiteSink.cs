namespace HelpGen.Output;

/// <summary>
/// Where the pipeline hands each finished file, as soon as it is finished: <see cref="MemorySink"/> keeps the site
/// (check, bundle and the preview need it), <see cref="FolderSink"/> writes it out at once (build), so a build
/// never holds every rendered page. Implementations are thread-safe; the order of calls carries no meaning.
/// </summary>
public interface ISiteSink
{
    /// <summary>Takes one file of the site.</summary>
    void Add(OutputFile file);

    /// <summary>
    /// Takes one file whose bytes are only valid during the call (a renderer's reused buffer): a sink that keeps files
    /// copies them, one that writes them out need not.
    /// </summary>
    void Add(string path, ReadOnlySpan<byte> content, PageOrigin? origin = null) => Add(new OutputFile(path, content.ToArray(), origin));

    /// <summary>Takes a file copied unchanged from the source folder (an asset), read by the sink, not the pipeline.</summary>
    void Copy(string sitePath, string sourceFile);
}
