using HelpGen.Theming;
using static HelpGen.Tests.Theming.ThemeTestSupport;

namespace HelpGen.Tests.Theming;

public sealed class ThemeConcurrencyTests
{
    [Fact]
    public void Render_FromManyThreadsAtOnce_GivesTheSameHtmlAsOneThread()
    {
        var theme = LoadOrFail(ThemeFiles.FromDirectory(DefaultThemePath));
        PageModel[] models =
        [
            SamplePages.Article(theme), SamplePages.Article(theme, "de", "DE"), SamplePages.Home(theme),
            SamplePages.Section(theme, "ru", "RU"), SamplePages.Search(theme), SamplePages.NotFound(theme), SamplePages.Chooser(theme),
        ];
        var expected = models.Select(theme.Render).ToArray();

        var actual = new string[models.Length * 40];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = theme.Render(models[i % models.Length]));

        for (var i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % models.Length], actual[i]);
        }

        Assert.Equal(models.Length, expected.Distinct().Count());
    }

    [Fact]
    public void Render_TheSameModelTwice_IsByteIdentical()
    {
        var model = SamplePages.Article(DefaultTheme);

        Assert.Equal(DefaultTheme.Render(model), DefaultTheme.Render(model));
    }

    [Fact]
    public void RenderUtf8_OnManyThreads_IsTheUtf8OfTheRenderedText()
    {
        PageModel[] models =
        [
            SamplePages.Article(DefaultTheme, change: a => a with { Title = "Emoji 😀 <b>bold</b> & ёлка", BodyHtml = "<p>" + string.Concat(Enumerable.Repeat("😀", 5000)) + " Straße</p>" }),
            SamplePages.Article(DefaultTheme), SamplePages.Home(DefaultTheme), SamplePages.Section(DefaultTheme, "ru", "RU"),
        ];
        var expected = models.Select(m => System.Text.Encoding.UTF8.GetBytes(DefaultTheme.Render(m))).ToArray();

        var actual = new byte[models.Length * 20][];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = DefaultTheme.RenderUtf8(models[i % models.Length]));

        Assert.Contains("😀 &lt;b&gt;bold&lt;/b&gt; &amp; ёлка", System.Text.Encoding.UTF8.GetString(expected[0]));
        for (var i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % models.Length], actual[i]);
        }
    }

    [Fact]
    public void Render_UnknownKind_Throws()
    {
        Assert.Throws<ArgumentException>(() => DefaultTheme.Render(SamplePages.Home(DefaultTheme) with { Kind = "gallery" }));
    }
}
