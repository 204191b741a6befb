using System.Reflection;

namespace HelpGen.Diagnostics;

/// <summary>
/// Every diagnostic code HelpGen emits, in one place, each with its <see cref="DiagnosticCodeAttribute"/>: the
/// category that decides the exit status, the kind a check report shows and a title. Tests assert codes, never
/// message wording; <see cref="Describe"/> reads a code's attribute.
/// </summary>
public static class DiagnosticCodes
{
    private const DiagnosticCategory Configuration = DiagnosticCategory.Configuration;
    private const DiagnosticCategory Content = DiagnosticCategory.Content;
    private const DiagnosticCategory Link = DiagnosticCategory.Link;

    [DiagnosticCode(Configuration, "site.yml not found.")]
    public const string ConfigMissing = "HG0001";
    [DiagnosticCode(Configuration, "site.yml is not valid YAML.")]
    public const string ConfigInvalidYaml = "HG0002";
    [DiagnosticCode(Configuration, "An invalid value in site.yml or on the command line.")]
    public const string ConfigInvalidValue = "HG0003";
    [DiagnosticCode(Configuration, "A locale with an invalid language or country code.")]
    public const string ConfigInvalidLocale = "HG0004";
    [DiagnosticCode(Configuration, "The source folder does not exist.")]
    public const string SourceFolderMissing = "HG0005";
    [DiagnosticCode(Configuration, "The theme is missing a layout or has an invalid template or strings file.")]
    public const string ThemeInvalid = "HG0006";
    [DiagnosticCode(Configuration, "Another build holds the output folder's lock.")]
    public const string OutputLocked = "HG0007";
    [DiagnosticCode(Configuration, "The output cannot be written or the site folder read.")]
    public const string OutputWriteFailed = "HG0008";

    [DiagnosticCode(Content, "Front matter is not closed by a --- line.")]
    public const string FrontMatterUnclosed = "HG1001";
    [DiagnosticCode(Content, "Front matter is not valid YAML.")]
    public const string FrontMatterInvalidYaml = "HG1002";
    [DiagnosticCode(Content, "No front matter or no title.")]
    public const string FrontMatterMissingTitle = "HG1003";
    [DiagnosticCode(Content, "A front matter value of the wrong kind, or an unknown key.")]
    public const string FrontMatterInvalidValue = "HG1004";
    [DiagnosticCode(Content, "The file is not valid UTF-8.")]
    public const string InvalidUtf8 = "HG1005";
    [DiagnosticCode(Content, "The file is empty.")]
    public const string EmptyFile = "HG1006";
    [DiagnosticCode(Content, "A section folder that site.yml does not list.")]
    public const string UnknownSection = "HG1007";
    [DiagnosticCode(Content, "A language folder that no locale uses.")]
    public const string UnusedLanguage = "HG1008";
    [DiagnosticCode(Content, "A symbolic link that leaves the source folder.")]
    public const string SymlinkOutsideSource = "HG1009";
    [DiagnosticCode(Content, "Two files for the same article in the same language and country.")]
    public const string DuplicateArticle = "HG1010";
    [DiagnosticCode(Content, "An alias that is not a safe path inside the site.")]
    public const string AliasInvalid = "HG1011";
    [DiagnosticCode(Content, "An alias that collides with a page or another alias.")]
    public const string AliasCollision = "HG1012";
    [DiagnosticCode(Content, "A country variant for a country no locale has.")]
    public const string UnknownCountryVariant = "HG1013";
    [DiagnosticCode(Content, "A file in the wrong place or with an invalid name.")]
    public const string MisplacedFile = "HG1014";
    [DiagnosticCode(Content, "No baseUrl, so no sitemap.")]
    public const string NoSitemapWithoutBaseUrl = "HG1015";
    [DiagnosticCode(Content, "The theme failed to render a page.")]
    public const string ThemeRenderFailed = "HG1016";
    [DiagnosticCode(Content, "A file that cannot be read.")]
    public const string UnreadableFile = "HG1017";
    [DiagnosticCode(Content, "A symbolic link loop, not followed.")]
    public const string SymlinkLoop = "HG1018";
    [DiagnosticCode(Content, "A named pipe, socket or device instead of a regular file, skipped.")]
    public const string NotARegularFile = "HG1019";
    [DiagnosticCode(Content, "A file name in Unicode NFD instead of NFC.")]
    public const string UnicodeNotNfc = "HG1020";
    [DiagnosticCode(Content, "An article nested deeper than the Markdown limits.")]
    public const string MarkdownTooComplex = "HG1021";

    [DiagnosticCode(Link, "A link whose target page or file does not exist.", "broken-link")]
    public const string BrokenLink = "HG2001";
    [DiagnosticCode(Link, "A link whose target exists but has no element with the #fragment's id.", "missing-anchor")]
    public const string MissingAnchor = "HG2002";
    [DiagnosticCode(Link, "An xref: key or a link to a .md file that names no article.", "unresolved-xref")]
    public const string UnresolvedXref = "HG2003";
    [DiagnosticCode(Link, "An image, script, stylesheet or other file that does not exist.", "missing-resource")]
    public const string MissingResource = "HG2004";
    [DiagnosticCode(Link, "An external http(s) link that failed or redirects permanently.", "external-link")]
    public const string ExternalLink = "HG2005";
    [DiagnosticCode(Link, "Two or more elements of a page share one id, so #fragment links are ambiguous.", "duplicate-id")]
    public const string DuplicateId = "HG2006";
    [DiagnosticCode(Link, "An <a name> equals another element's id; #fragment links lead to the element with the id.", "name-id-clash")]
    public const string NameIdClash = "HG2007";

    private static readonly DiagnosticCodeAttribute Unknown = new(Content, "A problem.");

    private static readonly Dictionary<string, DiagnosticCodeAttribute> ByCode = typeof(DiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.GetCustomAttribute<DiagnosticCodeAttribute>() is not null)
        .ToDictionary(f => (string)f.GetRawConstantValue()!, f => f.GetCustomAttribute<DiagnosticCodeAttribute>()!, StringComparer.Ordinal);

    /// <summary>Every code with its attribute, in code order (SARIF lists its rules from here).</summary>
    public static IReadOnlyList<KeyValuePair<string, DiagnosticCodeAttribute>> All { get; } =
        ByCode.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();

    /// <summary>What <paramref name="code"/> means; a code without an attribute (a bug a test catches) counts as content.</summary>
    public static DiagnosticCodeAttribute Describe(string code) => ByCode.GetValueOrDefault(code, Unknown);
}
