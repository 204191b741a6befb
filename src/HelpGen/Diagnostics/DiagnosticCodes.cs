namespace HelpGen.Diagnostics;

/// <summary>
/// Every diagnostic code HelpGen emits, in one place. Tests assert codes, never message wording.
/// HG0xxx: configuration (exit 2). HG1xxx: content (exit 1). HG2xxx: links found by build or check.
/// </summary>
public static class DiagnosticCodes
{
    // Configuration (site.yml, command line): exit code 2.
    public const string ConfigMissing = "HG0001";
    public const string ConfigInvalidYaml = "HG0002";
    public const string ConfigInvalidValue = "HG0003";
    public const string ConfigInvalidLocale = "HG0004";
    public const string SourceFolderMissing = "HG0005";
    public const string ThemeInvalid = "HG0006";
    public const string OutputLocked = "HG0007";
    public const string OutputWriteFailed = "HG0008";

    // Content: exit code 1.
    public const string FrontMatterUnclosed = "HG1001";
    public const string FrontMatterInvalidYaml = "HG1002";
    public const string FrontMatterMissingTitle = "HG1003";
    public const string FrontMatterInvalidValue = "HG1004";
    public const string InvalidUtf8 = "HG1005";
    public const string EmptyFile = "HG1006";
    public const string UnknownSection = "HG1007";
    public const string UnusedLanguage = "HG1008";
    public const string SymlinkOutsideSource = "HG1009";
    public const string DuplicateArticle = "HG1010";
    public const string AliasInvalid = "HG1011";
    public const string AliasCollision = "HG1012";
    public const string UnknownCountryVariant = "HG1013";
    public const string MisplacedFile = "HG1014";
    public const string NoSitemapWithoutBaseUrl = "HG1015";
    public const string ThemeRenderFailed = "HG1016";
    public const string UnreadableFile = "HG1017";
    public const string SymlinkLoop = "HG1018";
    public const string NotARegularFile = "HG1019";
    public const string UnicodeNotNfc = "HG1020";
    public const string MarkdownTooComplex = "HG1021";

    // Links: the kinds of DESIGN.md's check report.
    public const string BrokenLink = "HG2001";
    public const string MissingAnchor = "HG2002";
    public const string UnresolvedXref = "HG2003";
    public const string MissingResource = "HG2004";
    public const string ExternalLink = "HG2005";
    public const string DuplicateId = "HG2006";
}
