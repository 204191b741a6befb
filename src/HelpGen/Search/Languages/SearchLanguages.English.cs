namespace HelpGen.Search.Languages;

/// <summary>English stop words and forms.</summary>
public static partial class SearchLanguages
{
    private const string EnglishStopWords = """
        a about above after again all am an and any are as at be because been before being below between both but by
        can cant could did didnt do does doesnt doing dont down during each few for from further get had has have having he
        her here hers him his how if in into is isnt it its itself just me more most my myself no nor not now of off on
        once only or other our ours out over own same she should so some such than that the their theirs them then there
        these they this those through to too under until up very was wasnt we were what which while who whom
        will with would you your yours yourself im ive id
        """;

    /// <summary>Groups separated by ";": the first word, then forms that share its stem.</summary>
    private const string EnglishForms = """
        pay paid; get got gotten; forget forgot forgotten; send sent; receive received; buy bought; come came;
        find found; make made; leave left; lose lost; take took taken; give gave given; go went gone; see saw seen;
        know knew known; write wrote written; break broke broken; choose chose chosen; sign signed; log logged
        """;
}
