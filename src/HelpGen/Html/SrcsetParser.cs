namespace HelpGen.Html;

/// <summary>Reads the URLs of a <c>srcset</c> attribute (<c>a.png 1x, b.png 2x</c>), following the HTML parsing rules' shape.</summary>
internal static class SrcsetParser
{
    public static IEnumerable<string> Urls(string srcset)
    {
        var position = 0;
        while (position < srcset.Length)
        {
            while (position < srcset.Length && (char.IsWhiteSpace(srcset[position]) || srcset[position] == ','))
            {
                position++;
            }

            var start = position;
            while (position < srcset.Length && !char.IsWhiteSpace(srcset[position]))
            {
                position++;
            }

            var url = srcset[start..position].TrimEnd(',');
            var endedWithComma = position > start && srcset[position - 1] == ',';
            if (url.Length > 0)
            {
                yield return url;
            }

            if (!endedWithComma)
            {
                SkipDescriptors(srcset, ref position);
            }
        }
    }

    private static void SkipDescriptors(string srcset, ref int position)
    {
        var inParentheses = false;
        while (position < srcset.Length)
        {
            var c = srcset[position++];
            if (c == '(')
            {
                inParentheses = true;
            }
            else if (c == ')')
            {
                inParentheses = false;
            }
            else if (c == ',' && !inParentheses)
            {
                return;
            }
        }
    }
}
