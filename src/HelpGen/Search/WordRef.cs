using System.Runtime.CompilerServices;

namespace HelpGen.Search;

/// <summary>
/// A word as a dictionary key by reference (the tokenizer gives a thread one string per word, so the same string is
/// the same word). A value type, so that a dictionary hashes and compares it with direct calls instead of an interface
/// call to a comparer per word: the search index, the article store and the related-articles finder count every word
/// of every article this way.
/// </summary>
internal readonly struct WordRef(string word) : IEquatable<WordRef>
{
    public string Word { get; } = word;

    public bool Equals(WordRef other) => ReferenceEquals(Word, other.Word);

    public override bool Equals(object? obj) => obj is WordRef other && Equals(other);

    public override int GetHashCode() => RuntimeHelpers.GetHashCode(Word);
}
