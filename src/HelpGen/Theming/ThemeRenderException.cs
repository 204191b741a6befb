namespace HelpGen.Theming;

/// <summary>A theme template failed while rendering a page (for example a helper got a value it cannot use).</summary>
public sealed class ThemeRenderException(string message, Exception inner) : Exception(message, inner);
