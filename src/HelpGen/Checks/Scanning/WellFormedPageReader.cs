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
internal sealed class WellFormedPageReader
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReadAttributeLookup = PageScanner.ReadAttributes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What the HTML parsing rules do with an element of a name; one lookup per tag gives all of it.</summary>
    [Flags]
    private enum Rules
    {
        None = 0,

        /// <summary>Has no content and no end tag.</summary>
        Void = 1,

        /// <summary>Inserted where it stands by the head's rules, also in the body.</summary>
        Head = 2,

        /// <summary>Its start tag first closes an open &lt;p&gt; (in button scope).</summary>
        ClosesParagraph = 4,

        /// <summary>Ends the button scope a &lt;p&gt; is looked for in.</summary>
        ButtonScope = 8,

        /// <summary>One of the rules' "special" elements, which stop the search for an open &lt;li&gt;, &lt;dd&gt; or &lt;dt&gt;.</summary>
        Special = 16,

        /// <summary>Handled by rules this reader does not follow (the page goes to AngleSharp).</summary>
        GivesUp = 32,

        /// <summary>Inside it, any start tag but a table part, script, style or template is moved before the table.</summary>
        TableContext = 64,

        /// <summary>Inside SVG or MathML, ends it or switches back to HTML rules or to reading text: the reader gives up.</summary>
        LeavesForeign = 128,

        /// <summary>Its content is text up to its end tag, not markup.</summary>
        Text = 256,

        /// <summary>h1 to h6.</summary>
        Heading = 512,

        /// <summary>Starts SVG or MathML content.</summary>
        Foreign = 1024,
    }

    /// <summary>Where a table part may start: the element that must be open (the current node) for each.</summary>
    private static readonly Dictionary<string, string[]> TableParts = new(StringComparer.Ordinal)
    {
        ["caption"] = ["table"],
        ["colgroup"] = ["table"],
        ["tbody"] = ["table"],
        ["thead"] = ["table"],
        ["tfoot"] = ["table"],
        ["col"] = ["table", "colgroup"],
        ["tr"] = ["table", "tbody", "thead", "tfoot"],
        ["td"] = ["tr"],
        ["th"] = ["tr"],
    };

    private static readonly Dictionary<string, Element> Elements = ElementTable();

    private static readonly Dictionary<string, Element>.AlternateLookup<ReadOnlySpan<char>> ElementLookup = Elements.GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, Element> ElementTable()
    {
        var rules = new Dictionary<string, Rules>(StringComparer.Ordinal);
        void Add(Rules rule, string names)
        {
            foreach (var name in names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                rules[name] = rules.GetValueOrDefault(name) | rule;
            }
        }

        Add(Rules.None, "a abbr audio b body button circle code dd div dl dt em g h1 h2 h3 h4 h5 h6 head html i img kbd label li main map nav ol option p path picture pre section small span strong sub summary sup svg table tbody td th thead tr u ul use video");
        Add(Rules.Void, "area base basefont bgsound br col embed frame hr img input keygen link meta param source track wbr");
        Add(Rules.Head, "base basefont bgsound link meta noframes noscript script style template title");
        Add(Rules.ClosesParagraph, "address article aside blockquote center details dialog dir div dl dd dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li listing main menu nav ol p plaintext pre search section summary table ul xmp");
        Add(Rules.ButtonScope, "applet button caption html marquee object table td template th");
        Add(Rules.Special, "address applet area article aside base basefont bgsound blockquote body br button caption center col colgroup dd details dir div dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe img input keygen li link listing main marquee menu meta nav noembed noframes noscript object ol p param plaintext pre script search section select source style summary table tbody td template textarea tfoot th thead title tr track ul wbr xmp");
        Add(Rules.GivesUp, "frame frameset image isindex plaintext rb rp rt rtc select");
        Add(Rules.TableContext, "table tbody thead tfoot tr");
        Add(Rules.LeavesForeign, "b big blockquote body br center code dd div dl dt em embed font h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var foreignobject desc title script style annotation-xml mi mo mn ms mtext");
        Add(Rules.Text, "iframe noembed noframes script style textarea title xmp");
        Add(Rules.Heading, "h1 h2 h3 h4 h5 h6");
        Add(Rules.Foreign, "svg math");
        return rules.ToDictionary(r => r.Key, r => new Element(r.Key, r.Value, TableParts.GetValueOrDefault(r.Key)), StringComparer.Ordinal);
    }

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

    /// <summary>Whether the HTML rules insert <paramref name="element"/> as written, with no element closed or moved.</summary>
    private bool FollowsHtmlRules(Element element)
    {
        var tagsBefore = _startTags++;
        if (element.Is(Rules.GivesUp) || _afterBody)
        {
            return false;
        }

        var name = element.Name;
        var current = _open.Count > 0 ? _open[^1] : null;
        switch (name)
        {
            case "html":
                return tagsBefore == 0;
            case "head":
                return tagsBefore == (current?.Name == "html" ? 1 : 0);
            case "body":
                return !_inBody && StartBody();
        }

        if (current?.Name == "colgroup")
        {
            return name is "col" or "template";
        }

        if (current is not null && current.Is(Rules.TableContext) && element.TableParents is null)
        {
            return name is "script" or "style" or "template";
        }

        if (element.Is(Rules.Head))
        {
            return current?.Name != "noscript" || !_inHead || name is "link" or "meta" or "style" or "noframes" or "basefont" or "bgsound";
        }

        if (!_inBody && !StartBody())
        {
            return false;
        }

        if (element.TableParents is { } parents)
        {
            return current is not null && parents.Contains(current.Name);
        }

        if (element.Is(Rules.ClosesParagraph) && ParagraphInButtonScope())
        {
            return false;
        }

        return name switch
        {
            _ when element.Is(Rules.Heading) => current is null || !current.Is(Rules.Heading),
            "li" => !ListItemOpen("li"),
            "dd" or "dt" => !ListItemOpen("dd") && !ListItemOpen("dt"),
            "a" or "form" or "button" or "nobr" => !IsOpen(name),
            "option" => current?.Name != "option",
            "optgroup" => current?.Name is not ("option" or "optgroup"),
            _ => true,
        };
    }

    /// <summary>Body content before any &lt;body&gt; tag starts the body; inside an open &lt;head&gt; it would first close it.</summary>
    private bool StartBody()
    {
        if (_inHead)
        {
            return false;
        }

        _inBody = true;
        return true;
    }

    private void Push(Element element)
    {
        _open.Add(element);
        _inHead |= element.Name == "head";
    }

    private bool IsOpen(string name)
    {
        foreach (var open in _open)
        {
            if (open.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    private bool ParagraphInButtonScope()
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (_open[i].Name == "p")
            {
                return true;
            }

            if (_open[i].Is(Rules.ButtonScope))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a new <paramref name="name"/> would first close an open one (the rule for li, dd and dt).</summary>
    private bool ListItemOpen(string name)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var open = _open[i];
            if (open.Name == name)
            {
                return true;
            }

            if (open.Is(Rules.Special) && open.Name is not ("address" or "div" or "p"))
            {
                return false;
            }
        }

        return false;
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

        var text = value.Contains('&') ? DecodeReferences(value) : value.ToString();
        if (text is null)
        {
            return false;
        }

        tag.Add(known, text);
        return true;
    }

    /// <summary>
    /// Decodes the character references of an attribute value: the five of XML (<c>&amp;amp;</c>, <c>&amp;lt;</c>,
    /// <c>&amp;gt;</c>, <c>&amp;quot;</c>, <c>&amp;apos;</c>) and numeric ones of ordinary characters; an ampersand
    /// followed by neither a letter, a digit nor <c>#</c> stays as it is. Null for anything else (other named
    /// references follow longest-match and legacy rules this reader leaves to AngleSharp).
    /// </summary>
    private static string? DecodeReferences(ReadOnlySpan<char> value)
    {
        var text = new System.Text.StringBuilder(value.Length);
        while (true)
        {
            var amp = value.IndexOf('&');
            if (amp < 0)
            {
                return text.Append(value).ToString();
            }

            text.Append(value[..amp]);
            value = value[(amp + 1)..];
            if (value.IsEmpty || !(char.IsAsciiLetterOrDigit(value[0]) || value[0] == '#'))
            {
                text.Append('&');
                continue;
            }

            var semicolon = value.IndexOf(';');
            if (semicolon < 0 || !TryDecode(value[..semicolon], out var decoded))
            {
                return null;
            }

            text.Append(decoded);
            value = value[(semicolon + 1)..];
        }
    }

    private static bool TryDecode(ReadOnlySpan<char> name, out string decoded)
    {
        decoded = name switch
        {
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            "apos" => "'",
            _ => string.Empty,
        };
        if (decoded.Length > 0 || name.Length < 2 || name.Length > 8 || name[0] != '#')
        {
            return decoded.Length > 0;
        }

        var hex = name[1] is 'x' or 'X';
        var digits = name[(hex ? 2 : 1)..];
        if (!int.TryParse(digits, hex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code)
            || !IsOrdinaryCharacter(code))
        {
            return false;
        }

        decoded = char.ConvertFromUtf32(code);
        return true;
    }

    /// <summary>A code point a numeric reference stands for as written (no replacement, no Windows-1252 mapping, no noncharacter).</summary>
    private static bool IsOrdinaryCharacter(int code) =>
        code is '\t' or '\n' or '\f' or (>= 0x20 and < 0x7F) or (>= 0xA0 and < 0xD800) or (>= 0xE000 and < 0xFDD0) or (> 0xFDEF and <= 0x10FFFF)
        && (code & 0xFFFE) != 0xFFFE;

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

    /// <summary>An element name and what the parsing rules do with it; <see cref="TableParents"/> is set for table parts.</summary>
    private sealed record Element(string Name, Rules Rules, string[]? TableParents)
    {
        public bool Is(Rules rule) => (Rules & rule) != 0;
    }

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
