using System.Numerics;
using System.Runtime.CompilerServices;

namespace HelpGen.Search;

/// <summary>
/// Values by word number (<see cref="Vocabulary"/>). The search index, the article store, compound splitting and the
/// related-articles finder count every word of every article in one of these, so the lookup is written out: open
/// addressing over a power-of-two array of slots (a word's number and the index of its value), with the words and
/// values kept apart in the order they were added (which is the order <see cref="Entries"/> gives: the same on every
/// run, whatever the numbers).
/// </summary>
internal sealed class WordMap<TValue>
{
    /// <summary>A table grown beyond this many slots is made small again when cleared, rather than cleared in full each time.</summary>
    private const int KeepSlotsAtMost = 1 << 16;

    private Slot[] _slots = new Slot[16];
    private int[] _words = new int[8];
    private TValue[] _values = new TValue[8];

    public int Count { get; private set; }

    /// <summary>The value of <paramref name="word"/>, added as the default value when missing (then <paramref name="exists"/> is false).</summary>
    public ref TValue GetOrAdd(int word, out bool exists)
    {
        var slot = Find(word);
        if (_slots[slot].Used)
        {
            exists = true;
            return ref _values[_slots[slot].Index];
        }

        exists = false;
        if (2 * (Count + 1) > _slots.Length)
        {
            Grow();
            slot = Find(word);
        }

        if (Count == _words.Length)
        {
            Array.Resize(ref _words, Count * 2);
            Array.Resize(ref _values, Count * 2);
        }

        _slots[slot] = new Slot(word, Count + 1);
        _words[Count] = word;
        _values[Count] = default!;
        return ref _values[Count++];
    }

    public bool TryGetValue(int word, out TValue value)
    {
        var slot = _slots[Find(word)];
        value = slot.Used ? _values[slot.Index] : default!;
        return slot.Used;
    }

    /// <summary>Every word with its value, in the order they were added.</summary>
    public IEnumerable<(int Word, TValue Value)> Entries()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return (_words[i], _values[i]);
        }
    }

    public void Clear()
    {
        if (_slots.Length > KeepSlotsAtMost)
        {
            (_slots, _words, _values) = (new Slot[16], new int[8], new TValue[8]);
        }
        else
        {
            Array.Clear(_slots);
            if (RuntimeHelpers.IsReferenceOrContainsReferences<TValue>()) Array.Clear(_values, 0, Count);
        }

        Count = 0;
    }

    /// <summary>The slot of <paramref name="word"/>, or the empty slot where it would go.</summary>
    private int Find(int word)
    {
        var mask = _slots.Length - 1;
        // Fibonacci hashing spreads consecutive numbers; numbers come from the order words were met, so no text can
        // choose them to collide.
        var i = (int)(((uint)word * 2654435769u) >> 7) & mask;
        while (_slots[i].Used && _slots[i].Word != word)
        {
            i = (i + 1) & mask;
        }

        return i;
    }

    private void Grow()
    {
        _slots = new Slot[(int)BitOperations.RoundUpToPowerOf2((uint)_slots.Length * 2)];
        for (var i = 0; i < Count; i++)
        {
            _slots[Find(_words[i])] = new Slot(_words[i], i + 1);
        }
    }

    /// <summary>A word's number and one more than the index of its value (0 marks an empty slot).</summary>
    private readonly record struct Slot(int Word, int IndexPlusOne)
    {
        public bool Used => IndexPlusOne != 0;

        public int Index => IndexPlusOne - 1;
    }
}
