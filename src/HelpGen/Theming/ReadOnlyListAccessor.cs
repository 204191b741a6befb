using System.Collections;
using System.Collections.Concurrent;
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

    private static readonly ConcurrentDictionary<Type, Func<object, int>?> Counters = new();

    public bool HasIndexer => true;

    public Type? IndexType => typeof(int);

    /// <summary>True for enumerable values that are not strings, dictionaries or <see cref="IList"/>.</summary>
    public static bool Handles(object target) =>
        target is IEnumerable and not string and not IList and not IDictionary && CounterOf(target.GetType()) is not null;

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => 1;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => ["size"];

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => member == "size";

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        value = member == "size" ? CounterOf(target.GetType())!(target) : null;
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

    private static Func<object, int>? CounterOf(Type type) => Counters.GetOrAdd(type, static t =>
    {
        var count = t.GetInterfaces().Append(t)
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyCollection<>))
            .Select(i => i.GetProperty("Count"))
            .FirstOrDefault(p => p is not null);
        return count is null ? null : target => (int)count.GetValue(target)!;
    });
}
