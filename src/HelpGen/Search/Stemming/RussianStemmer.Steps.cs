namespace HelpGen.Search.Stemming;

/// <summary>Steps 1 to 4 of the Russian algorithm and its ending classes.</summary>
public sealed partial class RussianStemmer
{
    private static readonly string[] PerfectiveGerundEndings = ["ившись", "ывшись", "вшись", "ивши", "ывши", "вши", "ив", "ыв", "в"];
    private static readonly HashSet<string> PerfectiveGerundAfterAOrYa = ["в", "вши", "вшись"];

    private static readonly string[] AdjectiveEndings =
    [
        "ими", "ыми", "его", "ого", "ему", "ому",
        "ее", "ие", "ые", "ое", "ей", "ий", "ый", "ой", "ем", "им", "ым", "ом", "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею",
    ];

    private static readonly string[] ParticipleEndings = ["ивш", "ывш", "ующ", "ем", "нн", "вш", "ющ", "щ"];
    private static readonly HashSet<string> ParticipleAfterAOrYa = ["ем", "нн", "вш", "ющ", "щ"];

    private static readonly string[] ReflexiveEndings = ["ся", "сь"];

    private static readonly string[] VerbEndings =
    [
        "ейте", "уйте",
        "ила", "ыла", "ена", "ите", "или", "ыли", "ило", "ыло", "ено", "ует", "уют", "ены", "ить", "ыть", "ишь", "ете", "йте", "ешь", "нно",
        "ла", "на", "ли", "ем", "ло", "но", "ет", "ют", "ны", "ть", "ей", "уй", "ил", "ыл", "им", "ым", "ен", "ят", "ит", "ыт", "ую",
        "й", "л", "н", "ю",
    ];

    private static readonly HashSet<string> VerbAfterAOrYa = ["ла", "на", "ете", "йте", "ли", "й", "л", "ем", "н", "ло", "но", "ет", "ют", "ны", "ть", "ешь", "нно"];

    private static readonly string[] NounEndings =
    [
        "иями", "ями", "ами", "ией", "иям", "ием", "иях",
        "ев", "ов", "ие", "ье", "еи", "ии", "ей", "ой", "ий", "ям", "ем", "ам", "ом", "ах", "ях", "ию", "ью", "ия", "ья",
        "а", "е", "и", "й", "о", "у", "ы", "ь", "ю", "я",
    ];

    private static readonly string[] DerivationalEndings = ["ость", "ост"];
    private static readonly string[] SuperlativeEndings = ["ейше", "ейш"];

    /// <summary>
    /// Step 1: remove a perfective gerund ending; failing that, a reflexive ending and then an adjectival,
    /// verb or noun ending (the first of these that applies).
    /// </summary>
    private static void Step1(ref StemBuffer buffer, int rv)
    {
        if (DeleteEnding(ref buffer, rv, PerfectiveGerundEndings, PerfectiveGerundAfterAOrYa))
        {
            return;
        }

        DeleteEnding(ref buffer, rv, ReflexiveEndings);
        if (DeleteAdjectival(ref buffer, rv))
        {
            return;
        }

        if (!DeleteEnding(ref buffer, rv, VerbEndings, VerbAfterAOrYa))
        {
            DeleteEnding(ref buffer, rv, NounEndings);
        }
    }

    /// <summary>An adjectival ending is an adjective ending, optionally preceded by a participle ending.</summary>
    private static bool DeleteAdjectival(ref StemBuffer buffer, int rv)
    {
        if (!DeleteEnding(ref buffer, rv, AdjectiveEndings))
        {
            return false;
        }

        DeleteEnding(ref buffer, rv, ParticipleEndings, ParticipleAfterAOrYa);
        return true;
    }

    /// <summary>Step 2: remove a final <c>и</c>.</summary>
    private static void Step2(ref StemBuffer buffer, int rv)
    {
        if (buffer.Length - 1 >= rv && buffer.Last == 'и')
        {
            buffer.Chop(1);
        }
    }

    /// <summary>Step 3: remove a derivational ending <c>ост</c>/<c>ость</c> when it lies in R2.</summary>
    private static void Step3(ref StemBuffer buffer, int rv, int r2)
    {
        var suffix = buffer.LongestSuffix(DerivationalEndings, rv);
        if (suffix is not null && buffer.Length - suffix.Length >= r2)
        {
            buffer.Chop(suffix.Length);
        }
    }

    /// <summary>
    /// Step 4: remove a superlative <c>ейш</c>/<c>ейше</c> and then undouble <c>нн</c>; or undouble <c>нн</c>;
    /// or remove a final <c>ь</c>.
    /// </summary>
    private static void Step4(ref StemBuffer buffer, int rv)
    {
        if (DeleteEnding(ref buffer, rv, SuperlativeEndings))
        {
            UndoubleN(ref buffer, rv);
        }
        else if (buffer.Length - 1 >= rv && buffer.Last == 'н')
        {
            UndoubleN(ref buffer, rv);
        }
        else if (buffer.Length - 1 >= rv && buffer.Last == 'ь')
        {
            buffer.Chop(1);
        }
    }

    /// <summary>Turns a final <c>нн</c> (inside RV) into <c>н</c>.</summary>
    private static void UndoubleN(ref StemBuffer buffer, int rv)
    {
        if (buffer.Length - 2 >= rv && buffer.EndsWith("нн"))
        {
            buffer.Chop(1);
        }
    }
}
