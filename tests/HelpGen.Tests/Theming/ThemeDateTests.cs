using System.Globalization;
using HelpGen.Theming;

namespace HelpGen.Tests.Theming;

public sealed class ThemeDateTests
{
    [Theory]
    [InlineData("2026-10-15")]
    [InlineData("2024-02-29")]
    [InlineData("2026-02-29")]
    [InlineData("2026-13-01")]
    [InlineData("2026-00-10")]
    [InlineData("2026-04-31")]
    [InlineData("0000-01-01")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2026-1-015")]
    [InlineData("+026-01-01")]
    [InlineData("2026-01-0 ")]
    [InlineData("2026/01/01")]
    [InlineData("２０２６-01-01")]
    [InlineData("2026-01-01T00")]
    [InlineData("")]
    public void TryParseIsoDate_AcceptsExactlyWhatDateOnlyAcceptsForTheIsoFormat(string value)
    {
        var expected = DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expectedDate);

        var actual = ThemeFunctions.TryParseIsoDate(value, out var date);

        Assert.Equal(expected, actual);
        Assert.Equal(expectedDate, date);
    }
}
