namespace HelpGen.Translations;

/// <summary>One article key in one language, generic or for one country, with its status.</summary>
/// <param name="Country">The upper-case country of a variant file (<c>slug.kz.md</c>), or null for the generic file.</param>
/// <param name="File">The translation's path as shown to users; for a missing one, where it belongs.</param>
/// <param name="Updated">The translation's <c>updated</c> date (yyyy-MM-dd), or null.</param>
/// <param name="ReferenceFile">The reference language's file it is compared with, or null when there is none.</param>
/// <param name="ReferenceUpdated">The reference's <c>updated</c> date, or null.</param>
public sealed record TranslationEntry(
    string Key,
    string Language,
    string? Country,
    TranslationStatus Status,
    string File,
    string? Updated,
    string? ReferenceFile,
    string? ReferenceUpdated)
{
    /// <summary>The key with the country of a variant: <c>registration/sign-up (KZ)</c>.</summary>
    public string Name => Country is null ? Key : $"{Key} ({Country})";
}
