namespace HelpGen.Translations;

/// <summary>How one language (or country variant) of an article stands against the reference language.</summary>
public enum TranslationStatus
{
    /// <summary>The file exists and is not older than the reference (or there is nothing to compare).</summary>
    Present,

    /// <summary>No file, although a locale of the language would show it.</summary>
    Missing,

    /// <summary>Its <c>updated</c> date is older than the reference's.</summary>
    Outdated,

    /// <summary>It has no <c>updated</c> date while the reference has one: it may or may not be current.</summary>
    Unknown,
}
