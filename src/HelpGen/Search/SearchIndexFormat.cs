namespace HelpGen.Search;

/// <summary>How the search index files are written.</summary>
public enum SearchIndexFormat
{
    /// <summary><c>.json</c> files fetched by <c>search.js</c> over HTTP (<c>helpgen build</c>).</summary>
    Json,

    /// <summary>
    /// <c>.js</c> files holding the same data, each calling <c>window.HelpGenSearch.register(locale, name, data)</c>,
    /// loaded with <c>&lt;script&gt;</c> tags because browsers refuse <c>fetch()</c> on file:// (<c>helpgen bundle</c>).
    /// </summary>
    Script,
}
