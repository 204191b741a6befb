namespace HelpGen.Diagnostics;

/// <summary>
/// The pipeline stage that reported a diagnostic. The preview re-runs stages and replaces a stage's old diagnostics
/// with its new ones by this value, so no stage keeps a list of the codes it may report. Never printed.
/// </summary>
public enum DiagnosticStage
{
    /// <summary>Not reported through a stage's bag (the command line, tests).</summary>
    None,

    /// <summary>site.yml and the source folder.</summary>
    Config,

    /// <summary>Loading the theme.</summary>
    Theme,

    /// <summary>Scanning the source folder and reading articles (front matter, encoding, layout).</summary>
    Content,

    /// <summary>Choosing what each locale shows (locale selection, drafts, variants).</summary>
    Plan,

    /// <summary>Parsing article bodies (Markdown too complex).</summary>
    Parse,

    /// <summary>Rendering pages: links, anchors, images, theme failures.</summary>
    Render,

    /// <summary>Work over the whole site: sitemap, aliases, host files, assets.</summary>
    Site,

    /// <summary>Checking a built site (link checker).</summary>
    Check,
}
