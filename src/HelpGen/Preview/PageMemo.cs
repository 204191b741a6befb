using HelpGen.Output;

namespace HelpGen.Preview;

/// <summary>
/// The pages one <see cref="PreviewState"/> rendered, most recently served last, at most <see cref="Capacity"/>
/// (so memory stays bounded on any site). Also the list of pages browsers have open: after a rebuild exactly these
/// are rendered again and compared, to tell browsers which pages changed. Thread-safe.
/// </summary>
internal sealed class PageMemo
{
    public const int Capacity = 256;
    private readonly object _gate = new();
    private readonly Dictionary<string, LinkedListNode<OutputFile>> _byPath = new(StringComparer.Ordinal);
    private readonly LinkedList<OutputFile> _order = new();

    public OutputFile? Get(string path)
    {
        lock (_gate)
        {
            if (!_byPath.TryGetValue(path, out var node)) return null;
            _order.Remove(node);
            _order.AddLast(node);
            return node.Value;
        }
    }

    public void Put(OutputFile file)
    {
        lock (_gate)
        {
            if (_byPath.Remove(file.Path, out var old)) _order.Remove(old);
            _byPath[file.Path] = _order.AddLast(file);
            while (_order.Count > Capacity)
            {
                _byPath.Remove(_order.First!.Value.Path);
                _order.RemoveFirst();
            }
        }
    }

    /// <summary>The remembered pages, least recently served first.</summary>
    public IReadOnlyList<OutputFile> Files
    {
        get
        {
            lock (_gate) return [.. _order];
        }
    }
}
