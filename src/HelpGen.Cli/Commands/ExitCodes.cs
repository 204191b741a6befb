namespace HelpGen.Cli.Commands;

/// <summary>The exit codes every command uses, and how help describes them.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;

    /// <summary>The meaning of each code for commands that build the site.</summary>
    public static readonly IReadOnlyList<(int Code, string Meaning)> Common =
    [
        (Success, "success (warnings may have been printed)"),
        (ContentErrors, "content problems: build errors or broken links"),
        (Usage, "bad usage or configuration: unknown option, missing or invalid site.yml, unknown locale, missing theme"),
    ];
}
