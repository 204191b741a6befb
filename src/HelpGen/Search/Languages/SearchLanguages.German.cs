namespace HelpGen.Search.Languages;

/// <summary>German stop words and forms.</summary>
public static partial class SearchLanguages
{
    private const string GermanStopWords = """
        aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes anderm andern
        auch auf aus bei bin bis bist da damit dann das dass dein deine deinem deinen deiner dem den denn der des dich
        die dir doch dort du durch ein eine einem einen einer eines er es etwas euch euer eure für hab habe haben hat
        hatte hier hin ich ihm ihn ihnen ihr ihre ihrem ihren ihrer im in ist ja jede jedem jeden jeder jedes kann
        mein meine meinem meinen meiner meines mich mir mit muss nach nicht nichts noch nun nur ob oder ohne sehr sein
        seine seinem seinen seiner sich sie sind so soll sollte um und uns unser unsere unter viel vom von vor war
        waren warum was weil welche welchem welchen welcher welches wenn wer werde werden wie wieder will wir wird
        zu zum zur über kein keine keinem keinen keiner man
        """;

    /// <summary>Groups separated by ";": the first word, then forms that share its stem.</summary>
    private const string GermanForms = """
        kommen komme kommst kommt kam kamen gekommen; ankommen angekommen; bekommen bekomme bekommt bekam
        bekamen; erhalten erhielt erhalte erhält; gehen geht ging gegangen; senden sendet sandte gesendet gesandt;
        finden findet fand gefunden; vergessen vergaß vergisst; schreiben schrieb geschrieben; geben gibt gab gegeben;
        nehmen nimmt nahm genommen; sehen sieht sah gesehen; zahlen gezahlt; auszahlen ausgezahlt ausgezahlte; einloggen
        eingeloggt; anmelden angemeldet; ändern geändert
        """;
}
