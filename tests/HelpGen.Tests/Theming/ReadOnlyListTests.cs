using System.Collections;
using HelpGen.Theming;
using static HelpGen.Tests.Theming.ThemeTestSupport;

namespace HelpGen.Tests.Theming;

/// <summary>
/// Templates read <c>.size</c>, <c>[i]</c> and loops of view-model lists that are read-only lists but not
/// <see cref="IList"/> (the build's lazily computed navigation), without reflection (the Native AOT build has none).
/// </summary>
public sealed class ReadOnlyListTests
{
    [Fact]
    public void Template_OnAReadOnlyListThatIsNotAnIList_ReadsSizeItemsAndLoops()
    {
        var theme = DefaultThemeWith("partials/notices.sbn-html",
            "<p id=\"probe\">{{ sections.size }}|{{ sections[1].title }}|{{ for s in sections }}{{ s.title }},{{ end }}</p>\n");
        var sections = SamplePages.Home(theme).Sections;
        var model = SamplePages.Home(theme) with { Sections = new ReadOnlyOnly<SectionView>(sections) };
        Assert.IsNotAssignableFrom<IList>(model.Sections);

        var probe = Parse(theme.Render(model)).GetElementById("probe")!.TextContent;

        Assert.Equal($"{sections.Count}|{sections[1].Title}|{string.Concat(sections.Select(s => s.Title + ","))}", probe);
    }

    /// <summary>A read-only list and nothing more.</summary>
    private sealed class ReadOnlyOnly<T>(IReadOnlyList<T> items) : IReadOnlyList<T>
    {
        public int Count => items.Count;

        public T this[int index] => items[index];

        public IEnumerator<T> GetEnumerator() => items.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
