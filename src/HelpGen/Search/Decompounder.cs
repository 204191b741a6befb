namespace HelpGen.Search;

/// <summary>
/// Splits compounds (German) into parts that are themselves words of the index: "rückerstattung" → "rück",
/// "erstattung"; "auszahlungstermine" → "auszahlung", "termine" (a linking "s", "es", "n" or "en" after the first part
/// is dropped). A part is known when it, or its stem, occurs in the site; parts are split again, so a compound of three
/// words yields three parts. Words shorter than <see cref="MinWordLength"/> are never split.
/// </summary>
internal sealed class Decompounder(Func<string, bool> isKnown)
{
    public const int MinWordLength = 8;
    public const int MinPartLength = 3;
    public const int MinHeadLength = 4;

    private static readonly string[] Linkers = ["", "s", "es", "n", "en"];

    /// <summary>The parts of <paramref name="word"/>, or an empty list when it is not a compound of known words.</summary>
    public IReadOnlyList<string> Split(string word)
    {
        var parts = new List<string>();
        Collect(word, parts, depth: 0);
        return parts.Count > 1 ? parts : [];
    }

    private void Collect(string word, List<string> parts, int depth)
    {
        var split = depth < 3 && word.Length >= MinWordLength ? BestSplit(word) : null;
        if (split is null)
        {
            parts.Add(word);
            return;
        }

        Collect(split.Value.Modifier, parts, depth + 1);
        Collect(split.Value.Head, parts, depth + 1);
    }

    /// <summary>The split whose shorter part is longest (balanced splits are the likeliest), ties to the longer head.</summary>
    private (string Modifier, string Head)? BestSplit(string word)
    {
        (string Modifier, string Head)? best = null;
        var bestScore = 0;
        for (var cut = MinPartLength; cut <= word.Length - MinHeadLength; cut++)
        {
            var head = word[cut..];
            if (!isKnown(head))
            {
                continue;
            }

            foreach (var linker in Linkers)
            {
                var modifier = word[..cut];
                if (!modifier.EndsWith(linker, StringComparison.Ordinal) || modifier.Length - linker.Length < MinPartLength)
                {
                    continue;
                }

                modifier = modifier[..^linker.Length];
                var score = Math.Min(modifier.Length, head.Length);
                if (isKnown(modifier) && score > bestScore)
                {
                    (best, bestScore) = ((modifier, head), score);
                }
            }
        }

        return best;
    }
}
