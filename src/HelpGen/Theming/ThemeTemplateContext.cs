using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace HelpGen.Theming;

/// <summary>
/// The Scriban context one thread renders its pages with: strict about unknown names and members, and
/// HTML-escaping every value an expression prints unless it is an <see cref="HtmlFragment"/> or captured
/// template output. Not thread-safe; <see cref="Theme"/> keeps one per thread and reuses it.
/// </summary>
internal sealed class ThemeTemplateContext : TemplateContext
{
    private readonly Action<string, int, int> _writeChunk;
    private readonly PageGlobals _page = new();
    private readonly List<StringBuilderOutput> _partialOutputs = [];
    private readonly Utf8Output _utf8 = new();
    private int _partialDepth;

    public ThemeTemplateContext(ScriptObject functions)
    {
        Functions = functions;
        _writeChunk = (text, start, count) => Write(text, start, count);
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableRelaxedIndexerAccess = false;
        AutoIndent = false;
        LoopLimit = 0;
        LimitToString = 0;
        MemberRenamer = ThemeNaming.Rename;
        MemberFilter = ThemeNaming.IsVisible;
        PushGlobal(functions);
        PushGlobal(_page.Globals);
    }

    /// <summary>The HelpGen functions this context was made with (shared by every thread).</summary>
    public ScriptObject Functions { get; }

    /// <summary>The page being rendered; the HelpGen functions read its strings and language.</summary>
    public PageModel Page { get; private set; } = null!;

    public string Render(Template template, PageModel model)
    {
        Page = model;
        _page.Set(model);
        return template.Render(this);
    }

    /// <summary>Renders a page as UTF-8 bytes (what is written to disk), without building its text first.</summary>
    public byte[] RenderUtf8(Template template, PageModel model) => RenderUtf8Buffered(template, model).ToArray();

    /// <summary>
    /// Renders a page as UTF-8 bytes into this context's buffer: valid until the context renders the next page (a
    /// caller that writes the page out at once saves copying it).
    /// </summary>
    public ReadOnlyMemory<byte> RenderUtf8Buffered(Template template, PageModel model)
    {
        Page = model;
        _page.Set(model);
        PushOutput(_utf8);
        try
        {
            template.Render(this);
            return _utf8.TakeBuffered();
        }
        finally
        {
            PopOutput();
        }
    }

    /// <summary>
    /// Renders a partial straight into the current output: for <c>{{ include 'name' }}</c> printed where it stands,
    /// which saves copying the partial's text through a string of its own.
    /// </summary>
    public void RenderPartialInPlace(Template partial, ScriptNode? caller)
    {
        EnterRecursive(caller);
        PushSourceFile(partial.SourceFilePath!);
        try
        {
            if (Evaluate(partial.Page!) is { } result)
            {
                Write(partial.Page!.Span, result);
            }
        }
        finally
        {
            PopSourceFile();
            ExitRecursive(caller);
        }
    }

    /// <summary>
    /// Renders a partial with the page's variables into an output of its own (one kept per nesting depth) and
    /// returns its HTML, so printing it does not escape it again.
    /// </summary>
    public HtmlFragment RenderPartial(Template partial, ScriptNode? caller)
    {
        EnterRecursive(caller);
        if (_partialOutputs.Count <= _partialDepth)
        {
            _partialOutputs.Add(new StringBuilderOutput());
        }

        PushOutput(_partialOutputs[_partialDepth++]);
        try
        {
            return new HtmlFragment(partial.Render(this));
        }
        finally
        {
            _partialDepth--;
            PopOutput();
            ExitRecursive(caller);
        }
    }

    /// <inheritdoc/>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        ViewModelAccessor.For(target.GetType())
        ?? (ReadOnlyListAccessor.Handles(target) ? ReadOnlyListAccessor.Default : base.GetMemberAccessorImpl(target));

    /// <summary>Writes a printed value: HTML fragments and captured output as they are, everything else escaped.</summary>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                break;
            case HtmlFragment { Utf8: { } bytes } when Output == _utf8:
                _utf8.Write(bytes);
                break;
            case HtmlFragment fragment:
                Write(fragment.Html);
                break;
            case IScriptOutput captured:
                Write(captured.ToString());
                break;
            default:
                var text = textAsObject as string ?? ObjectToString(textAsObject);
                if (!string.IsNullOrEmpty(text))
                {
                    HtmlText.Escape(text, _writeChunk);
                }

                break;
        }

        return this;
    }
}
