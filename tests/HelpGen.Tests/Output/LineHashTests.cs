using System.IO.Hashing;
using System.Text;
using HelpGen.Output;

namespace HelpGen.Tests.Output;

public sealed class LineHashTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("helpgen-linehash-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Of_HashesEachLineEndedByALineFeed_AndStartsAfreshEachCall()
    {
        var expected = Convert.ToHexString(XxHash128.Hash(Encoding.UTF8.GetBytes("één\nzwei\n")));

        Assert.Equal(expected, LineHash.Of(["één", "zwei"]));
        Assert.NotEqual(expected, LineHash.Of(["één"]));
        Assert.Equal(expected, LineHash.Of(["één", "zwei"]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(65_536)]
    [InlineData(200_001)]
    public void OfFile_IsTheHashOfTheFilesBytes(int size)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        var path = Path.Combine(_folder, "file.bin");
        File.WriteAllBytes(path, bytes);
        LineHash.Of(["something hashed before"]);

        Assert.Equal(Convert.ToHexString(XxHash128.Hash(bytes)), LineHash.OfFile(path));
    }

    [Fact]
    public void OfFile_AMissingFile_Throws() =>
        Assert.ThrowsAny<IOException>(() => LineHash.OfFile(Path.Combine(_folder, "missing.bin")));
}
