using HelpGen.Html;

namespace HelpGen.Checks.Scanning;

/// <summary>
/// The state of one page's walk: visited once per element in document order (template contents right after their
/// template), it collects every URL by the rule of <see cref="HtmlLinkReader"/> and the names #fragments can target:
/// <c>id</c> on any element and <c>name</c> on <c>a</c>.
/// </summary>
internal sealed class PageWalk
{
    private readonly HashSet<string> _targets = new(StringComparer.Ordinal);
    private readonly HashSet<string> _duplicateIds = new(StringComparer.Ordinal);
    private readonly List<PageContent.Mark> _duplicates = [];
    private readonly List<(string Name, string? Id, PageContent.Mark Mark)> _names = [];
    private readonly HashSet<string> _mapNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<HtmlLink> _links = [];
    private string? _baseHref;

    public void Visit<TTag>(TTag element)
        where TTag : IHtmlTag
    {
        var id = element.Attribute("id");
        if (!string.IsNullOrEmpty(id) && !_targets.Add(id) && _duplicateIds.Add(id))
        {
            _duplicates.Add(new PageContent.Mark(id, element.Line, element.Column));
        }

        switch (element.Name)
        {
            case "base":
                _baseHref ??= element.Attribute("href");
                break;
            case "a" when element.Attribute("name") is { Length: > 0 } name:
                _names.Add((name, id, new PageContent.Mark(name, element.Line, element.Column)));
                break;
            case "map":
                AddMapName(element.Attribute("name"));
                AddMapName(id);
                break;
        }

        HtmlLinkReader.Read(element, _links);
    }

    public PageContent ToContent()
    {
        var clashes = new List<PageContent.Mark>();
        foreach (var (name, id, mark) in _names)
        {
            if (_targets.Contains(name) && id != name)
            {
                clashes.Add(mark);
            }
        }

        _targets.UnionWith(_names.Select(n => n.Name));

        return new PageContent(_targets, _duplicates, clashes, _mapNames, _links, _baseHref);
    }

    /// <summary>A usemap's hash-name reference finds a map by id or by name (the name compared case-insensitively).</summary>
    private void AddMapName(string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _mapNames.Add(value);
        }
    }
}
