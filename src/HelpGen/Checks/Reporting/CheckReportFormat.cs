namespace HelpGen.Checks.Reporting;

/// <summary>The formats <c>helpgen check --format</c> prints.</summary>
public enum CheckReportFormat
{
    /// <summary>For people: grouped by source file (by page when there is none), colour only on a terminal.</summary>
    Text,

    /// <summary>DESIGN.md's schema: pagesChecked, linksChecked, problems[].</summary>
    Json,

    /// <summary>SARIF 2.1.0, for GitHub code scanning and other static-analysis viewers.</summary>
    Sarif,

    /// <summary>GitHub Actions workflow commands (<c>::error file=...,line=...::message</c>) that annotate the pull request.</summary>
    GitHub,
}
