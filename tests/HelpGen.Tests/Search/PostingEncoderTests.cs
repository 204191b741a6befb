using System.Text;
using HelpGen.Search;

namespace HelpGen.Tests.Search;

public sealed class PostingEncoderTests
{
    [Theory]
    [InlineData(0u, "A")]
    [InlineData(31u, "f")]
    [InlineData(32u, "gB")]
    [InlineData(1025u, "hgB")]
    public void AppendNumber_WritesFiveBitDigitsLowFirst(uint value, string expected)
    {
        var builder = new StringBuilder();

        PostingEncoder.AppendNumber(builder, value);

        Assert.Equal(expected, builder.ToString());
    }

    [Fact]
    public void Decode_ReadsBackWhatPostingListWrote()
    {
        var list = new PostingList();
        list.Add(0, 31, 1);
        list.Add(7, 3, 0x80000001);
        list.Add(1000, 1, 6);

        Assert.Equal([(0, 31, 1u), (7, 3, 0x80000001u), (1000, 1, 6u)], PostingEncoder.Decode(list.Encoded));
        Assert.Equal(3, list.Count);
    }
}
