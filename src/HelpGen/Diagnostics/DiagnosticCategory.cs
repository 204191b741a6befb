namespace HelpGen.Diagnostics;

/// <summary>
/// What a diagnostic code is about, which decides the exit status: a <see cref="Configuration"/> error means bad
/// usage or configuration (exit 2); <see cref="Content"/> and <see cref="Link"/> errors are problems in the site (exit 1).
/// </summary>
public enum DiagnosticCategory
{
    /// <summary>site.yml, the theme or the command line (HG0xxx).</summary>
    Configuration,

    /// <summary>Front matter, YAML, encoding, file layout (HG1xxx).</summary>
    Content,

    /// <summary>Links, anchors, cross-references and resources, found by build or check (HG2xxx).</summary>
    Link,
}
