namespace HelpGen.Diagnostics;

/// <summary>
/// Marks a constant of <see cref="DiagnosticCodes"/> with what the code means: its category (exit status), the kind
/// a check report shows, and a one-line title (SARIF rule descriptions).
/// </summary>
/// <param name="category">The category; decides the exit status.</param>
/// <param name="title">A short description of every diagnostic with this code.</param>
/// <param name="kind">The report kind (DESIGN.md's vocabulary); null for <c>invalid-config</c> or <c>invalid-content</c> by category.</param>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false)]
public sealed class DiagnosticCodeAttribute(DiagnosticCategory category, string title, string? kind = null) : Attribute
{
    public DiagnosticCategory Category { get; } = category;

    public string Title { get; } = title;

    public string Kind { get; } = kind ?? (category == DiagnosticCategory.Configuration ? "invalid-config" : "invalid-content");
}
