using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace HelpGen.Theming;

/// <summary>
/// A function HelpGen adds to templates, called with already evaluated arguments and the page's context.
/// Written by hand instead of imported by reflection so a call costs a delegate call, not a reflective invoke.
/// </summary>
internal sealed class ThemeFunction(int required, int maximum, Func<ThemeTemplateContext, ScriptNode?, ScriptArray, object?> body)
    : IScriptCustomFunction
{
    public int RequiredParameterCount => required;

    public int ParameterCount => maximum;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    /// <summary>Every argument is text: Scriban converts it once, cheaply, instead of probing for a conversion to object.</summary>
    /// <remarks>Asked on every call, so the infos are made once (a function takes at most ten arguments).</remarks>
    public ScriptParameterInfo GetParameterInfo(int index) => index < Parameters.Length ? Parameters[index] : new(typeof(string), $"arg{index}");

    private static readonly ScriptParameterInfo[] Parameters = [.. Enumerable.Range(0, 10).Select(i => new ScriptParameterInfo(typeof(string), $"arg{i}"))];

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count < required || arguments.Count > maximum)
        {
            var span = callerContext?.Span ?? context.CurrentSpan;
            var expected = required == maximum ? $"{required}" : $"{required} to {maximum}";
            throw new ScriptRuntimeException(span, $"the function expects {expected} argument(s), got {arguments.Count}");
        }

        return body((ThemeTemplateContext)context, callerContext, arguments);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
