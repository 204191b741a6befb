using System.Text;
using HelpGen.Theming;

namespace HelpGen.Tests.Theming;

public sealed class Utf8OutputTests
{
    /// <summary>Lone surrogates cannot be attribute arguments, so the cases are data.</summary>
    public static TheoryData<string[]> Writes => new()
    {
        new[] { "plain ", "ascii" },
        new[] { "Ünïcödé · ", "Россия", " – 日本" },
        new[] { "emoji \uD83D", "\uDE00 split" }, // a surrogate pair split across two writes
        new[] { "\uD83D", "\uDE00", "\uD83D", "\uDE01" },
        new[] { "lone high \uD83D", " then text" },
        new[] { "lone low \uDE00 inside" },
        new[] { "two highs \uD83D", "\uD83D", "\uDE00" },
        new[] { "", "ends high \uD83D" },
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public void Write_GivesTheBytesOfTheWholeTextAsTheEncoderWould(string[] writes)
    {
        var output = new Utf8Output();

        foreach (var text in writes) output.Write(text, 0, text.Length);

        Assert.Equal(Encoding.UTF8.GetBytes(string.Concat(writes)), output.TakeBuffered().ToArray());
    }

    [Fact]
    public void Write_OfUtf8_EndsAHeldSurrogateFirst_AndEachPageStartsAfresh()
    {
        var output = new Utf8Output();

        output.Write("a\uD83D", 0, 2);
        output.Write("<b>"u8);
        var first = output.TakeBuffered().ToArray();
        output.Write("x\uD83D", 1, 1);
        var second = output.TakeBuffered().ToArray();
        output.Write("\uDE00y", 0, 2);

        Assert.Equal("a\uFFFD<b>"u8.ToArray(), first);
        Assert.Equal("\uFFFD"u8.ToArray(), second);
        Assert.Equal("\uFFFDy"u8.ToArray(), output.TakeBuffered().ToArray());
    }
}
