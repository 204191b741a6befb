using Scriban;
using Scriban.Syntax;

namespace HelpGen.Theming;

/// <summary>
/// <c>{{ t 'key' }}</c> with a literal key and nothing else, resolved by a node of its own: a dictionary look-up in
/// the page's strings instead of a full Scriban function call (argument arrays, conversions). Templates print UI
/// strings dozens of times per page, so this is the theme's most frequent call. Same result as the function.
/// </summary>
internal sealed class UiStringExpression(string key) : ScriptExpression
{
    public string Key { get; } = key;

    public override object? Evaluate(TemplateContext context) =>
        ((ThemeTemplateContext)context).Page.Strings.TryGetValue(Key, out var value) ? value : Key;

    public override void PrintTo(ScriptPrinter printer) => printer.Write($"t '{Key}'");

    /// <summary>Replaces every printed <c>t 'literal'</c> call below <paramref name="node"/> with this node.</summary>
    public static void Rewrite(ScriptNode node)
    {
        if (node is ScriptExpressionStatement
            {
                Expression: ScriptFunctionCall
                {
                    Target: ScriptVariableGlobal { Name: "t" },
                    Arguments: [ScriptLiteral { Value: string key }],
                },
            } statement)
        {
            var call = statement.Expression;
            statement.Expression = new UiStringExpression(key) { Span = call.Span };
            return;
        }

        foreach (var child in node.Children.ToList())
        {
            Rewrite(child);
        }
    }
}
