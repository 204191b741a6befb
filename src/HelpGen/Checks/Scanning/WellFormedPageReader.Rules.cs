namespace HelpGen.Checks.Scanning;

/// <summary>
/// The part of the HTML tree-construction rules <see cref="WellFormedPageReader"/> follows: for each start tag, whether
/// the tree gets it as written (no element closed, moved, merged or ignored) given the elements open; anything else
/// makes the reader give up.
/// </summary>
internal sealed partial class WellFormedPageReader
{
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
                return tagsBefore == 0 && !_inBody;
            case "head":
                return tagsBefore == (current?.Name == "html" ? 1 : 0) && !_inBody;
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

    /// <summary>An element name and what the parsing rules do with it; <see cref="TableParents"/> is set for table parts.</summary>
    private sealed record Element(string Name, Rules Rules, string[]? TableParents)
    {
        public bool Is(Rules rule) => (Rules & rule) != 0;
    }
}
