namespace HelpGen.Theming;

/// <summary>
/// What the template checker knows of Scriban's <c>for</c> loop variable (<c>for.index</c>, <c>for.last</c>, …);
/// never instantiated, Scriban provides the values.
/// </summary>
internal sealed record LoopVariable(int Index, int Index0, int Rindex, int Rindex0, bool First, bool Last, bool Even, bool Odd, bool Changed, int Length);
