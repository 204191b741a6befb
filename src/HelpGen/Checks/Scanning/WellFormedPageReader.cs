using HelpGen.Html;

namespace HelpGen.Checks.Scanning;

/// <summary>
/// Reads the start tags of a well-formed page at a fraction of the cost of AngleSharp's parse, for the link check's
/// common case. On a page whose elements nest as written (every non-void element closed by its own end tag, in
/// order), the HTML tree has exactly the written elements, in the written order, with the written attributes: the
/// reader visits those, with the same names, attribute values and positions as <see cref="PageScanner"/>'s AngleSharp
/// walk. Wherever the HTML parsing rules would build something else (an end tag left out or out of order, a tag a
/// table moves out of it, a select, a second &lt;body&gt;, a nested &lt;a&gt;, an SVG element that ends the SVG, a
/// named character reference other than the five of XML, a carriage return or NUL, …), <see cref="TryRead"/> gives
/// up and returns false, and the page is parsed with AngleSharp instead. Tests compare both readers on generated
/// pages and on each of these cases. Not thread-safe: one per worker.
/// </summary>
internal sealed partial class WellFormedPageReader
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReadAttributeLookup = PageScanner.ReadAttributes.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly List<Element> _open = [];
    private readonly Tag _tag;
    private readonly Tag _ignored;
    private string _html = string.Empty;
    private int _position;
    private int _line;
    private int _lineStart;
    private int _counted;
    private int _foreignFrom;
    private int _startTags;
    private bool _inHead;
    private bool _inBody;
    private bool _afterBody;

    public WellFormedPageReader()
    {
        _tag = new Tag(this);
        _ignored = new Tag(this);
    }

    /// <summary>
    /// Visits every element of <paramref name="html"/> in document order with <paramref name="walk"/>, or returns false
    /// as soon as the page is not one this reader follows exactly (what <paramref name="walk"/> saw is then to be dropped).
    /// </summary>
    public bool TryRead(string html, PageWalk walk)
    {
        if (html.AsSpan().IndexOfAny('\r', '\0') >= 0)
        {
            return false;
        }

        _html = html;
        _position = 0;
        _line = 1;
        _lineStart = 0;
        _counted = 0;
        _foreignFrom = -1;
        _startTags = 0;
        _inHead = _inBody = _afterBody = false;
        _open.Clear();
        try
        {
            return ReadAll(walk);
        }
        finally
        {
            _html = string.Empty;
        }
    }

    private bool ReadAll(PageWalk walk)
    {
        var html = _html.AsSpan();
        while (true)
        {
            var next = html[_position..].IndexOf('<');
            if (!_inBody && !IsWhiteSpace(next < 0 ? html[_position..] : html.Slice(_position, next)) && !StartBody())
            {
                return false;
            }

            if (next < 0)
            {
                return true;
            }

            _position += next;
            var after = At(_position + 1);
            bool read;
            if (char.IsAsciiLetter(after))
            {
                read = ReadStartTag(walk);
            }
            else if (after == '/')
            {
                read = char.IsAsciiLetter(At(_position + 2)) && ReadEndTag();
            }
            else if (after == '!')
            {
                read = SkipMarkup();
            }
            else if (after == '?')
            {
                read = false;
            }
            else
            {
                _position++;
                continue;
            }

            if (!read)
            {
                return false;
            }
        }
    }

    private bool ReadStartTag(PageWalk walk)
    {
        var start = _position;
        if (!ReadTag(_tag, start + 1))
        {
            return false;
        }

        var element = _tag.Element;
        var foreign = _foreignFrom >= 0;
        if (foreign ? element.Is(Rules.LeavesForeign) : !FollowsHtmlRules(element))
        {
            return false;
        }

        _tag.Start = start;
        walk.Visit(_tag);
        if (foreign)
        {
            if (!_tag.SelfClosing)
            {
                _open.Add(element);
            }

            return true;
        }

        if (element.Is(Rules.Void) || (element.Is(Rules.Foreign) && _tag.SelfClosing))
        {
            return true;
        }

        Push(element);
        if (element.Is(Rules.Foreign))
        {
            _foreignFrom = _open.Count - 1;
        }

        return !element.Is(Rules.Text) || SkipText(element.Name);
    }

    private bool ReadEndTag()
    {
        if (!ReadTag(_ignored, _position + 2))
        {
            return false;
        }

        var name = _ignored.Element.Name;
        if (_open.Count == 0 || _open[^1].Name != name)
        {
            return false;
        }

        _open.RemoveAt(_open.Count - 1);
        if (_open.Count == _foreignFrom)
        {
            _foreignFrom = -1;
        }

        _inHead &= name != "head";
        _afterBody |= name is "body" or "html";
        return true;
    }

    /// <summary>Skips a comment or a doctype; gives up on CDATA and bogus comments, and on comments the rules end early.</summary>
    private bool SkipMarkup()
    {
        var html = _html.AsSpan(_position);
        if (html.StartsWith("<!--", StringComparison.Ordinal))
        {
            var body = html[4..];
            var end = body.IndexOf("-->", StringComparison.Ordinal);
            if (end < 0 || body.StartsWith(">", StringComparison.Ordinal) || body.StartsWith("->", StringComparison.Ordinal)
                || body[..end].Contains("--!>", StringComparison.Ordinal))
            {
                return false;
            }

            _position += 4 + end + 3;
            return true;
        }

        if (html.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase))
        {
            var end = html.IndexOf('>');
            if (end < 0)
            {
                return false;
            }

            _position += end + 1;
            return true;
        }

        return false;
    }

    /// <summary>Skips the text of a script, style, title, textarea, … up to its end tag, and reads that end tag.</summary>
    private bool SkipText(string name)
    {
        var html = _html.AsSpan();
        var from = _position;
        while (true)
        {
            var end = html[from..].IndexOf("</", StringComparison.Ordinal);
            if (end < 0)
            {
                return false;
            }

            from += end;
            var rest = html[(from + 2)..];
            if (rest.StartsWith(name, StringComparison.OrdinalIgnoreCase) && rest.Length > name.Length && IsTagEnd(rest[name.Length]))
            {
                break;
            }

            from += 2;
        }

        if (name == "script" && html[_position..from].Contains("<!--", StringComparison.Ordinal))
        {
            return false;
        }

        _position = from;
        return ReadEndTag();
    }

    /// <summary>
    /// Reads a tag's name (ASCII letters lower-cased) and attributes from <paramref name="nameStart"/> and moves past
    /// its <c>&gt;</c>; keeps the attributes the walk reads, the first of each name. False where the tokenizer's
    /// error recovery would apply.
    /// </summary>
    private bool ReadTag(Tag tag, int nameStart)
    {
        var html = _html.AsSpan();
        var i = nameStart;
        while (i < html.Length && !IsTagEnd(html[i]))
        {
            i++;
        }

        if (i >= html.Length)
        {
            return false;
        }

        tag.Reset(ElementOf(html[nameStart..i]));
        while (true)
        {
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length)
            {
                return false;
            }

            var c = html[i];
            if (c == '>')
            {
                _position = i + 1;
                return true;
            }

            if (c == '/')
            {
                i++;
                if (At(i) == '>')
                {
                    tag.SelfClosing = true;
                    _position = i + 1;
                    return true;
                }

                continue;
            }

            if (c == '=')
            {
                return false;
            }

            var nameFrom = i;
            while (i < html.Length && !IsTagEnd(html[i]) && html[i] != '=')
            {
                if (html[i] is '"' or '\'' or '<')
                {
                    return false;
                }

                i++;
            }

            var attribute = html[nameFrom..i];
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            var value = ReadOnlySpan<char>.Empty;
            if (At(i) == '=')
            {
                i++;
                while (i < html.Length && IsSpace(html[i]))
                {
                    i++;
                }

                if (!ReadValue(html, ref i, out value))
                {
                    return false;
                }
            }

            if (!Keep(tag, attribute, value))
            {
                return false;
            }
        }
    }

    private static bool ReadValue(ReadOnlySpan<char> html, scoped ref int i, out ReadOnlySpan<char> value)
    {
        value = default;
        if (i >= html.Length)
        {
            return false;
        }

        var quote = html[i];
        if (quote is '"' or '\'')
        {
            var end = html[(i + 1)..].IndexOf(quote);
            if (end < 0)
            {
                return false;
            }

            value = html.Slice(i + 1, end);
            i += end + 2;
            return true;
        }

        var from = i;
        while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
        {
            if (html[i] is '"' or '\'' or '<' or '=' or '`')
            {
                return false;
            }

            i++;
        }

        value = html[from..i];
        return i < html.Length;
    }

    /// <summary>
    /// Keeps an attribute the walk reads (decoding character references); false for one this reader does not decode,
    /// and for <c>xlink:href</c>, whose namespace makes an SVG element answer to <c>href</c> too.
    /// </summary>
    private static bool Keep(Tag tag, ReadOnlySpan<char> name, ReadOnlySpan<char> value)
    {
        if (!ReadAttributeLookup.TryGetValue(name, out var known))
        {
            return true;
        }

        if (!System.Text.Ascii.IsValid(name) || known == "xlink:href")
        {
            return false;
        }

        if (tag.Attribute(known) is not null)
        {
            return true;
        }

        var text = value.Contains('&') ? CharacterReferences.Decode(value) : value.ToString();
        if (text is null)
        {
            return false;
        }

        tag.Add(known, text);
        return true;
    }

    /// <summary>The element of a tag name, its ASCII letters lower-cased as the tokenizer gives it; known names are not allocated.</summary>
    private static Element ElementOf(ReadOnlySpan<char> name)
    {
        Span<char> lower = name.Length <= 64 ? stackalloc char[name.Length] : new char[name.Length];
        for (var i = 0; i < name.Length; i++)
        {
            lower[i] = char.IsAsciiLetterUpper(name[i]) ? (char)(name[i] | 0x20) : name[i];
        }

        return ElementLookup.TryGetValue(lower, out var known) ? known : new Element(lower.ToString(), Rules.None, null);
    }

    /// <summary>The 1-based line and column of <paramref name="start"/>; asked for in increasing order.</summary>
    private (int Line, int Column) PositionOf(int start)
    {
        var skipped = _html.AsSpan(_counted, start - _counted);
        var lines = skipped.Count('\n');
        if (lines > 0)
        {
            _line += lines;
            _lineStart = _counted + skipped.LastIndexOf('\n') + 1;
        }

        _counted = start;
        return (_line, start - _lineStart + 1);
    }

    private char At(int index) => index < _html.Length ? _html[index] : '\0';

    private static bool IsSpace(char c) => c is ' ' or '\n' or '\t' or '\f';

    private static bool IsTagEnd(char c) => IsSpace(c) || c is '/' or '>';

    private static bool IsWhiteSpace(ReadOnlySpan<char> text) => text.IndexOfAnyExcept(" \n\t\f") < 0;

    /// <summary>One start tag as the walk reads it; reused for every tag of a page. Its position is found when asked for.</summary>
    private sealed class Tag(WellFormedPageReader reader) : IHtmlTag
    {
        private readonly List<KeyValuePair<string, string>> _attributes = [];
        private int _start;
        private (int Line, int Column)? _position;

        public Element Element { get; private set; } = null!;

        public string Name => Element.Name;

        public int Start
        {
            set
            {
                _start = value;
                _position = null;
            }
        }

        public int Line => Position.Line;

        public int Column => Position.Column;

        public bool SelfClosing { get; set; }

        private (int Line, int Column) Position => _position ??= reader.PositionOf(_start);

        public string? Attribute(string name)
        {
            foreach (var (key, value) in _attributes)
            {
                if (key == name)
                {
                    return value;
                }
            }

            return null;
        }

        public void Add(string name, string value) => _attributes.Add(new(name, value));

        public void Reset(Element element)
        {
            Element = element;
            SelfClosing = false;
            _attributes.Clear();
        }
    }
}
