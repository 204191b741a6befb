using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Theming;

/// <summary>helpgen build with a broken theme: every template error at file:line:col, exit 2, the previous site untouched.</summary>
public sealed class ThemeCliTests : IDisposable
{
    private readonly TempFolder _work = new();

    public ThemeCliTests()
    {
        FolderSnapshot.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sites", "basic"), Source);
        FolderSnapshot.Copy(ThemeTestSupport.DefaultThemePath, Theme);
    }

    private string Source => Path.Combine(_work.Path, "articles");

    private string Theme => Path.Combine(_work.Path, "theme");

    private string Output => Path.Combine(_work.Path, "_site");

    private CliResult Build() => CliRunner.Run("build", "--source", Source, "--theme", Theme, "--output", Output);

    [Fact]
    public void Build_WithASyntaxErrorAndAMisspelledMember_ExitsTwoWithBothPositionsAndLeavesTheSite()
    {
        Assert.Equal(0, Build().ExitCode);
        var before = FolderSnapshot.Of(Output);
        Edit("layouts/article.sbn-html", "<h1 id=\"hg-article-title\">{{ article.title }}</h1>", "<h1 id=\"hg-article-title\">{{ article.title | }}</h1>");
        Edit("partials/pager.sbn-html", "{{ article.next.title }}", "{{ article.next.titel }}");

        var result = Build();

        Assert.True(result.ExitCode == 2, result.ToString());
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith($"{Theme}/layouts/article.sbn-html:15:", StringComparison.Ordinal) && l.Contains(": error HG0006: the template does not parse", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{Theme}/partials/pager.sbn-html:7:", StringComparison.Ordinal) && l.Contains("error HG0006: 'titel' is not a member of LinkView", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        before.AssertSameAs(FolderSnapshot.Of(Output));
    }

    private void Edit(string path, string from, string to)
    {
        var file = Path.Combine(Theme, path);
        var text = File.ReadAllText(file);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    public void Dispose() => _work.Dispose();
}
