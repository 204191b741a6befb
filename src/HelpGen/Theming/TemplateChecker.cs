using HelpGen.Diagnostics;
using Scriban;
using Scriban.Syntax;

namespace HelpGen.Theming;

/// <summary>
/// Finds misspellings before any page is rendered: every variable a template reads must be a page variable,
/// a HelpGen function, a Scriban built-in or a name the template sets itself; every member read from a view model
/// (<c>article.title</c>, <c>s.articles.size</c>, loop variables included) must exist; every literal
/// <c>include</c> must name a partial of the theme. Branches that a page never takes are checked too.
/// </summary>
internal sealed class TemplateChecker(IReadOnlySet<string> partials, List<Diagnostic> problems)
{
    private static readonly Lazy<HashSet<string>> Builtins = new(() => new TemplateContext().BuiltinObject.GetMembers().ToHashSet(StringComparer.Ordinal));

    private readonly Dictionary<string, Type?> _scope = new(StringComparer.Ordinal);

    public void Check(Template template)
    {
        _scope.Clear();
        foreach (var (name, property) in PageGlobals.Members)
        {
            _scope[name] = property.PropertyType;
        }

        foreach (var name in ThemeFunctions.Names.Concat(Builtins.Value))
        {
            _scope.TryAdd(name, null);
        }

        DeclareAssigned(template.Page!);
        Visit(template.Page!);
    }

    /// <summary>Names the template assigns or captures anywhere are known everywhere (Scriban's globals are not block scoped).</summary>
    private void DeclareAssigned(ScriptNode node)
    {
        var target = node switch
        {
            ScriptAssignExpression assign => assign.Target,
            ScriptCaptureStatement capture => capture.Target,
            _ => null,
        };
        if (target is ScriptVariable variable)
        {
            _scope.TryAdd(variable.Name, null);
        }

        foreach (var child in node.Children)
        {
            DeclareAssigned(child);
        }
    }

    private void Visit(ScriptNode node)
    {
        switch (node)
        {
            case ScriptForStatement loop:
                VisitLoop(loop);
                return;
            case ScriptMemberExpression member:
                TypeOf(member);
                return;
            case ScriptVariableGlobal variable:
                TypeOf(variable);
                return;
            case ScriptFunctionCall { Target: ScriptVariableGlobal { Name: "include" } } call:
                CheckInclude(call);
                break;
            case ScriptNamedArgument named:
                if (named.Value is { } value) Visit(value);
                return;
            case ScriptAssignExpression { Target: ScriptVariable } assign:
                if (assign.Value is { } assigned) Visit(assigned);
                return;
            case ScriptCaptureStatement capture:
                if (capture.Body is { } body) Visit(body);
                return;
        }

        foreach (var child in node.Children)
        {
            Visit(child);
        }
    }

    private void VisitLoop(ScriptForStatement loop)
    {
        var element = ThemeTypes.ElementType(loop.Iterator is null ? null : TypeOf(loop.Iterator));
        var name = (loop.Variable as ScriptVariable)?.Name;
        Type? had = null;
        var existed = name is not null && _scope.TryGetValue(name, out had);
        if (name is not null) _scope[name] = element;
        var outerLoop = _scope.TryGetValue("for", out var loopType) ? loopType : null;
        _scope["for"] = typeof(LoopVariable);
        if (loop.Body is not null) Visit(loop.Body);
        if (name is not null)
        {
            if (existed) _scope[name] = had; else _scope.Remove(name);
        }

        if (outerLoop is null) _scope.Remove("for"); else _scope["for"] = outerLoop;
        if (loop.Else is not null) Visit(loop.Else);
    }

    /// <summary>The .NET type of an expression when the checker knows it (null: unknown, not checked further).</summary>
    private Type? TypeOf(ScriptExpression expression)
    {
        switch (expression)
        {
            case ScriptVariableGlobal variable:
                if (_scope.TryGetValue(variable.Name, out var type)) return type;
                Report(variable, $"unknown variable '{variable.Name}' (page variables: {string.Join(", ", PageGlobals.Members.Select(m => m.Name))})");
                return null;
            case ScriptMemberExpression member:
                var target = TypeOf(member.Target!);
                var name = member.Member?.Name;
                if (target is null || name is null) return null;
                var result = ThemeTypes.Member(target, name, out var known);
                if (!known)
                {
                    Report(member.Member!, $"'{name}' is not a member of {ThemeTypes.Describe(target)} (members: {string.Join(", ", ThemeTypes.Members(target))})");
                }

                return result;
            default:
                Visit(expression);
                return null;
        }
    }

    private void CheckInclude(ScriptFunctionCall call)
    {
        if (call.Arguments.Count > 0 && call.Arguments[0] is ScriptLiteral { Value: string name } literal
            && ThemePartials.Problem(name, partials.Contains) is { } problem)
        {
            Report(literal, problem);
        }
    }

    private void Report(ScriptNode node, string message) => problems.Add(ThemeLoader.Error(node.Span, message));
}
