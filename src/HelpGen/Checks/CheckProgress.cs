namespace HelpGen.Checks;

/// <summary>How far a check is: pages parsed so far out of all pages.</summary>
public sealed record CheckProgress(int PagesDone, int PagesTotal);
