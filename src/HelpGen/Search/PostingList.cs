using System.Text;

namespace HelpGen.Search;

/// <summary>The postings of one stem being collected, in ascending document order (see <see cref="PostingEncoder"/>).</summary>
internal sealed class PostingList
{
    private readonly StringBuilder _encoded = new();
    private int _last = -1;

    public int Count { get; private set; }

    public string Encoded => _encoded.ToString();

    public void Add(int document, int weight, uint mask)
    {
        PostingEncoder.AppendNumber(_encoded, (uint)(document - _last - 1));
        PostingEncoder.AppendNumber(_encoded, (uint)weight);
        PostingEncoder.AppendNumber(_encoded, mask);
        _last = document;
        Count++;
    }

    public int EncodedLength => _encoded.Length;
}
