using System.Collections;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace HelpGen.Theming;

/// <summary>
/// Lets templates use <c>.size</c> and <c>[i]</c> on the view models' read-only lists, which Scriban's own list
/// accessor does not cover (it handles <see cref="IList"/> only). Members other than <c>size</c> are unknown.
/// </summary>
internal sealed class ReadOnlyListAccessor : IObjectAccessor
{
    public static readonly ReadOnlyListAccessor Default = new();

    public bool HasIndexer => true;

    public Type? IndexType => typeof(int);

    /// <summary>
    /// True for read-only lists of view models or strings that are not an <see cref="IList"/> or dictionary. Any read-only
    /// list of a reference type is an <c>IReadOnlyCollection&lt;object&gt;</c> (the interface is covariant), so its size
    /// needs no reflection, which the Native AOT build could not do here.
    /// </summary>
    public static bool Handles(object target) =>
        target is IReadOnlyCollection<object> and not IList and not IDictionary;

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => 1;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => ["size"];

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => member == "size";

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        value = member == "size" ? ((IReadOnlyCollection<object>)target).Count : null;
        return member == "size";
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        var position = context.ToInt(span, index);
        value = ((IEnumerable)target).Cast<object?>().ElementAtOrDefault(position);
        return true;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

}
