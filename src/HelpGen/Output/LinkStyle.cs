namespace HelpGen.Output;

/// <summary>How links to pages are written.</summary>
public enum LinkStyle
{
    /// <summary><c>../sign-up/</c>: for a web server that serves index.html for folders.</summary>
    Directory,

    /// <summary><c>../sign-up/index.html</c>: for the offline bundle opened from file://.</summary>
    IndexHtml,
}
