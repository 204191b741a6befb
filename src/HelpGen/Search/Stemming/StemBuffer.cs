namespace HelpGen.Search.Stemming;

/// <summary>
/// A word being stemmed, held in caller-provided (usually stack) memory so that a stemmer
/// allocates at most the result string. Suffix operations work at the end of the word.
/// </summary>
internal ref struct StemBuffer
{
    private readonly Span<char> _chars;

    public StemBuffer(Span<char> storage, ReadOnlySpan<char> word)
    {
        word.CopyTo(storage);
        _chars = storage;
        Length = word.Length;
    }

    /// <summary>Number of characters currently in the word.</summary>
    public int Length { get; private set; }

    public readonly ref char this[int index] => ref _chars[index];

    public readonly ReadOnlySpan<char> Chars => _chars[..Length];

    /// <summary>Last character, or '\0' for an empty word.</summary>
    public readonly char Last => Length == 0 ? '\0' : _chars[Length - 1];

    /// <summary>The character <paramref name="back"/> positions before <paramref name="index"/>, or '\0' before the start.</summary>
    public readonly char Before(int index, int back = 1) => index - back >= 0 ? _chars[index - back] : '\0';

    public readonly bool EndsWith(string suffix) => Chars.EndsWith(suffix.AsSpan(), StringComparison.Ordinal);

    /// <summary>Whether the text ending at <paramref name="end"/> ends with <paramref name="text"/>.</summary>
    public readonly bool EndsWithAt(int end, string text) =>
        end >= text.Length && _chars[..end].EndsWith(text.AsSpan(), StringComparison.Ordinal);

    /// <summary>
    /// Longest of <paramref name="suffixes"/> (sorted longest first) that the word ends with and that
    /// starts at or after <paramref name="limit"/>; null when none does.
    /// </summary>
    public readonly string? LongestSuffix(string[] suffixes, int limit = 0)
    {
        var last = Last;
        foreach (var suffix in suffixes)
        {
            if (suffix[^1] == last && Length - suffix.Length >= limit && EndsWith(suffix))
            {
                return suffix;
            }
        }

        return null;
    }

    /// <summary>Removes the last <paramref name="count"/> characters.</summary>
    public void Chop(int count) => Length -= count;

    /// <summary>Replaces the last <paramref name="count"/> characters with <paramref name="replacement"/>.</summary>
    public void ReplaceEnd(int count, string replacement)
    {
        Length -= count;
        replacement.AsSpan().CopyTo(_chars[Length..]);
        Length += replacement.Length;
    }

    public void Append(char c)
    {
        _chars[Length] = c;
        Length++;
    }

    /// <summary>Replaces the two characters at <paramref name="index"/> with one, shifting the rest left.</summary>
    public void Contract(int index, char replacement)
    {
        _chars[index] = replacement;
        _chars[(index + 2)..Length].CopyTo(_chars[(index + 1)..]);
        Length--;
    }

    /// <summary>Replaces the character at <paramref name="index"/> with two, shifting the rest right.</summary>
    public void Expand(int index, char first, char second)
    {
        _chars[(index + 1)..Length].CopyTo(_chars[(index + 2)..]);
        _chars[index] = first;
        _chars[index + 1] = second;
        Length++;
    }

    /// <summary>Removes the first character.</summary>
    public void RemoveFirst()
    {
        _chars[1..Length].CopyTo(_chars);
        Length--;
    }

    /// <summary>The result, reusing <paramref name="original"/> when nothing changed.</summary>
    public readonly string ToString(string original) =>
        Chars.SequenceEqual(original.AsSpan()) ? original : new string(Chars);

    public override readonly string ToString() => new(Chars);
}
