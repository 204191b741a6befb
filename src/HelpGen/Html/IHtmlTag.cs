using AngleSharp.Dom;

namespace HelpGen.Html;

/// <summary>
/// One element as the link rule and the anchor rules read it: its lower-case name, an attribute by its lower-case
/// name (null when absent), and the 1-based line and column of its start tag (0 when unknown). AngleSharp elements
/// (<see cref="ElementTag"/>) and the link check's fast reader of well-formed pages both provide it.
/// </summary>
internal interface IHtmlTag
{
    string Name { get; }

    int Line { get; }

    int Column { get; }

    string? Attribute(string name);
}

/// <summary>An AngleSharp element seen as an <see cref="IHtmlTag"/>.</summary>
internal readonly struct ElementTag(IElement element) : IHtmlTag
{
    public string Name => element.LocalName;

    public int Line => element.SourceReference?.Position.Line ?? 0;

    public int Column => element.SourceReference?.Position.Column ?? 0;

    public string? Attribute(string name) => element.GetAttribute(name);
}
