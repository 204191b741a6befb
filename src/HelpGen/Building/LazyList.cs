using System.Collections;

namespace HelpGen.Building;

/// <summary>
/// A read-only list computed on first use. Page models carry the whole navigation (every article of the locale),
/// which most layouts never read; computing it only when a template touches it keeps a page's cost independent
/// of the size of the site.
/// </summary>
internal sealed class LazyList<T>(Func<IReadOnlyList<T>> create) : IReadOnlyList<T>
{
    private readonly Lazy<IReadOnlyList<T>> _items = new(create, LazyThreadSafetyMode.ExecutionAndPublication);

    public int Count => _items.Value.Count;

    public T this[int index] => _items.Value[index];

    public IEnumerator<T> GetEnumerator() => _items.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
