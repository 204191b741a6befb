using System.Text;
using HelpGen.Configuration;

namespace HelpGen.Tests.Configuration;

public sealed class TextDecoderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("helpgen-decoder-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("plain text\nsecond line\n")]
    [InlineData("windows\r\nline\r\nends\r\n")]
    [InlineData("old mac\rline\r\rends")]
    [InlineData("mixed\r\n\r\r\n\n\rend\r")]
    [InlineData("\uFEFFbom then Привет, Grüße\r\n")]
    [InlineData("")]
    public void DecodeFrom_GivesTheDecodedTextFromTheStart(string content)
    {
        var bytes = new UTF8Encoding(false).GetBytes(content);
        var path = Write(bytes);
        var whole = TextDecoder.Decode(bytes);

        for (var start = 0; start <= whole.Length; start++)
        {
            Assert.Equal(whole[start..], TextDecoder.DecodeFrom(path, start, out var length));
            Assert.Equal(whole.Length, length);
        }
    }

    [Fact]
    public void DecodeFrom_ALargeFileWithCrlf_MatchesDecode()
    {
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"line {i} — ünïcødé\r\n"));
        var bytes = Encoding.UTF8.GetBytes(text);
        var path = Write(bytes);

        Assert.Equal(TextDecoder.Decode(bytes)[100..], TextDecoder.DecodeFrom(path, 100, out var length));
        Assert.Equal(text.Length - 20_000, length);
    }

    [Fact]
    public void DecodeFrom_InvalidUtf8_Throws()
    {
        var path = Write([(byte)'o', (byte)'k', 0xC3, 0x28]);

        Assert.Throws<DecoderFallbackException>(() => TextDecoder.DecodeFrom(path, 0, out _));
    }

    private string Write(byte[] bytes)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.md");
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
